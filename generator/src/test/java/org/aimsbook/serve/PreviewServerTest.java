package org.aimsbook.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The preview server as an attacker would talk to it: raw request lines over a socket on
 * loopback, so that nothing an HTTP client would tidy up (dot segments, backslashes, missing
 * or foreign Host headers) is tidied up. Each refusal is checked together with the absence of
 * the secret that sits just outside the served folder.
 */
class PreviewServerTest {
    private static final String SECRET = "the-secret-itself";

    @TempDir
    Path temp;

    private Path site;
    private PreviewServer server;
    private final ReloadChannel tabs = new ReloadChannel();

    @BeforeEach
    void serve() throws IOException {
        site = Files.createDirectories(temp.resolve("site"));
        Files.createDirectories(site.resolve("1.0"));
        Files.writeString(site.resolve("1.0/index.html"),
                "<!DOCTYPE html><html><head><title>Home</title></head><body><p>home page</p></body></html>");
        Files.writeString(site.resolve("1.0/chart.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>");
        Files.writeString(temp.resolve("secret.txt"), SECRET);
        Files.createDirectories(temp.resolve("private"));
        Files.writeString(temp.resolve("private/index.html"), SECRET);
        // A build never writes links, but a user or a theme could leave one in the output folder.
        Files.createSymbolicLink(site.resolve("1.0/leak.txt"), temp.resolve("secret.txt"));
        Files.createSymbolicLink(site.resolve("1.0/private"), temp.resolve("private"));
        BuildStatus built = new BuildStatus(1, Optional.of("1.0"), "{\"generation\":1,\"passed\":true,\"diagnostics\":[]}");
        server = new PreviewServer(site, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), () -> built, tabs);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void servesPagesWithTheSecurityHeaders() throws IOException {
        Answer page = get("/1.0/index.html");

        assertEquals(200, page.status(), page.text());
        assertTrue(page.body().contains("home page"), page.text());
        String policy = page.header("content-security-policy").orElseThrow();
        assertTrue(policy.contains("script-src 'self'") && policy.contains("default-src 'self'")
                && policy.contains("object-src 'none'") && policy.contains("frame-ancestors 'none'"), policy);
        assertFalse(policy.contains("unsafe-inline") || policy.contains("unsafe-eval"), policy);
        assertEquals(Optional.of("nosniff"), page.header("x-content-type-options"));
    }

    @Test
    void anSvgOpenedOnItsOwnGetsThePolicyToo() throws IOException {
        // An SVG document can carry scripts of its own when opened directly rather than as an image.
        Answer svg = get("/1.0/chart.svg");

        assertEquals(200, svg.status(), svg.text());
        assertEquals(Optional.of("image/svg+xml"), svg.header("content-type"));
        assertTrue(svg.header("content-security-policy").orElse("").contains("script-src 'self'"), svg.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/../secret.txt",
        "/1.0/../../secret.txt",
        "/%2e%2e/secret.txt",
        "/%2E%2E%2Fsecret.txt",
        "/1.0/%2e%2e%2f%2e%2e%2fsecret.txt",
        "/1.0%2f..%2f..%2fsecret.txt",
        "/.%2e/secret.txt",
        "/%252e%252e/secret.txt",
        "/1.0/..%5c..%5csecret.txt",
        "/1.0/..\\..\\secret.txt",
        "/..%00/secret.txt",
        "/secret.txt%00.html",
        "/%c0%ae%c0%ae/secret.txt",
        "/C:/secret.txt",
        "/c%3a%5csecret.txt",
        "/1.0/leak.txt",
        "/1.0/private/",
        "/1.0/private/index.html",
        "http://127.0.0.1/../secret.txt",
        "*",
    })
    void refusesEveryPathThatLeavesTheOutputFolder(String path) throws IOException {
        Answer answer = request("GET " + path + " HTTP/1.1", "Host: 127.0.0.1");

        assertTrue(answer.status() == 400 || answer.status() == 404, path + " -> " + answer.text());
        assertFalse(answer.text().contains(SECRET), path);
    }

    @Test
    void refusesAnAbsolutePathToAFileOutsideTheSite() throws IOException {
        String path = "/" + temp.resolve("secret.txt");

        Answer answer = get(path);

        assertTrue(answer.status() == 400 || answer.status() == 404, path + " -> " + answer.text());
        assertFalse(answer.text().contains(SECRET), path);
    }

    @ParameterizedTest
    @ValueSource(ints = {300, 5_000, 60_000})
    void anOverlongPathIsAnsweredWithoutServingAnything(int length) throws IOException {
        Answer answer = get("/1.0/" + "a".repeat(length));

        assertTrue(answer.status() >= 400 && answer.status() < 500, length + " -> " + answer.status());
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "PROPFIND"})
    void answersOnlyGetAndHead(String method) throws IOException {
        Answer answer = request(method + " /1.0/index.html HTTP/1.1", "Host: 127.0.0.1", "Content-Length: 0");

        assertEquals(405, answer.status(), method + " -> " + answer.text());
        assertEquals(Optional.of("GET, HEAD"), answer.header("allow"));
        assertFalse(answer.body().contains("home page"), answer.text());
    }

    @Test
    void headAnswersWithoutABody() throws IOException {
        Answer answer = request("HEAD /1.0/index.html HTTP/1.1", "Host: 127.0.0.1");

        assertEquals(200, answer.status(), answer.text());
        assertEquals("", answer.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "localhost", "LOCALHOST", "[::1]"})
    void answersToTheNamesOfLoopback(String host) throws IOException {
        Answer answer = request("GET /1.0/index.html HTTP/1.1", "Host: " + host + ":" + port());

        assertEquals(200, answer.status(), host + " -> " + answer.text());
    }

    /**
     * DNS rebinding: a page on attacker.example re-resolves its own name to 127.0.0.1, and the
     * browser, taking the preview for the attacker's origin, lets that page read it. The only
     * trace the preview sees is the Host header naming the attacker's host.
     */
    @ParameterizedTest
    @ValueSource(strings = {"attacker.example", "localhost.attacker.example", "127.0.0.1.nip.io", "localhost."})
    void refusesRequestsForAnotherHostName(String host) throws IOException {
        for (String path : new String[] {"/1.0/index.html", "/_aimsbook/status", "/_aimsbook/events"}) {
            Answer answer = request("GET " + path + " HTTP/1.1", "Host: " + host + ":" + port());

            assertEquals(403, answer.status(), host + path + " -> " + answer.text());
            assertFalse(answer.body().contains("home page") || answer.body().contains("generation"), answer.text());
        }
        assertEquals(0, tabs.send("reload", "1"), "no event stream was opened for a foreign host");
    }

    @Test
    void refusesARequestWithoutAHost() throws IOException {
        Answer answer = request("GET /1.0/index.html HTTP/1.0");

        assertEquals(400, answer.status(), answer.text());
        assertFalse(answer.body().contains("home page"), answer.text());
    }

    @Test
    void refusesAnAbsoluteRequestTargetNamingAnotherHost() throws IOException {
        Answer answer = request("GET http://attacker.example/1.0/index.html HTTP/1.1", "Host: 127.0.0.1");

        assertEquals(403, answer.status(), answer.text());
    }

    @Test
    void theEventStreamOpensOnlyForGet() throws IOException {
        Answer post = request("POST /_aimsbook/events HTTP/1.1", "Host: 127.0.0.1", "Content-Length: 0");

        assertEquals(405, post.status(), post.text());
        assertEquals(0, tabs.send("reload", "1"), "no event stream was opened by a POST");
    }

    private int port() {
        return server.address().getPort();
    }

    private Answer get(String path) throws IOException {
        return request("GET " + path + " HTTP/1.1", "Host: 127.0.0.1:" + port());
    }

    /** Sends the request line and headers exactly as written and reads the answer until the server closes. */
    private Answer request(String line, String... headers) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port())) {
            socket.setSoTimeout(10_000);
            StringBuilder request = new StringBuilder(line).append("\r\n");
            for (String header : headers) {
                request.append(header).append("\r\n");
            }
            request.append("Connection: close\r\n\r\n");
            socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.UTF_8));
            return new Answer(new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1));
        }
    }

    /** An HTTP/1.1 answer as text; {@code status} is -1 when the server closed without one. */
    private record Answer(String text) {
        int status() {
            return text.startsWith("HTTP/1.1 ") ? Integer.parseInt(text.substring(9, 12)) : -1;
        }

        Optional<String> header(String name) {
            String head = text.split("\r\n\r\n", 2)[0];
            return head.lines().skip(1)
                    .filter(l -> l.toLowerCase(Locale.ROOT).startsWith(name + ":"))
                    .map(l -> l.substring(name.length() + 1).trim())
                    .findFirst();
        }

        String body() {
            String[] parts = text.split("\r\n\r\n", 2);
            return parts.length == 2 ? parts[1] : "";
        }
    }
}
