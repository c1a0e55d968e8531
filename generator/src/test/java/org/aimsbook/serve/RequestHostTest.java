package org.aimsbook.serve;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestHostTest {

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.0.0.1:8000", "localhost", "localhost:8000", "LocalHost:1", "[::1]", "[::1]:8000",
        "192.168.1.20:8000", "[fe80::1]:8000", "0.0.0.0"})
    void addressesAndLocalhostCannotBeRebound(String host) {
        assertTrue(RequestHost.trusted(host), host);
    }

    @ParameterizedTest
    @ValueSource(strings = {"attacker.example", "attacker.example:8000", "localhost.", "localhost.attacker.example",
        "127.0.0.1.nip.io", "127.0.0.1:80:80", "127.0.0.1:port", "256.0.0.1", "1.2.3", "[1.2.3.4]", "[::1", "[::1]x",
        "::1", "[::g]", "[fe80::1%25eth0]", "", "0x7f.1"})
    void namesAndMalformedHostsAreRefused(String host) {
        assertFalse(RequestHost.trusted(host), host);
    }
}
