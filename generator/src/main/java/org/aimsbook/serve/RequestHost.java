package org.aimsbook.serve;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a request's Host names this machine in a way no one else can redirect: an IP address,
 * or {@code localhost}. This is the defence against DNS rebinding. A page on a name its author
 * controls (attacker.example) can make that name resolve to 127.0.0.1, and the browser then
 * treats the preview as attacker.example's own origin, lets the page read every preview page
 * and the build's diagnostics, and sends {@code Host: attacker.example}. A name is what such an
 * attack needs, so only addresses and {@code localhost}, which browsers resolve to loopback
 * themselves, are answered. This holds for any {@code --bind}: from other machines the
 * preview is reached by its address.
 */
final class RequestHost {
    private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    /** An IPv6 literal's characters, with at least one colon. */
    private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:.]*:[0-9a-fA-F:.]*");
    private static final Pattern PORT = Pattern.compile(":\\d{1,5}");

    private RequestHost() {
    }

    /** @param authority a Host header's value or a request URI's authority: a host and, maybe, a port */
    static boolean trusted(String authority) {
        String host = authority.trim();
        if (host.startsWith("[")) {
            int end = host.indexOf(']');
            return end > 0 && portOrNothing(host.substring(end + 1)) && ipv6(host.substring(1, end));
        }
        int colon = host.indexOf(':');
        if (colon >= 0) {
            if (!portOrNothing(host.substring(colon))) {
                return false;
            }
            host = host.substring(0, colon);
        }
        return host.toLowerCase(Locale.ROOT).equals("localhost") || IPV4.matcher(host).matches();
    }

    private static boolean portOrNothing(String rest) {
        return rest.isEmpty() || PORT.matcher(rest).matches();
    }

    private static boolean ipv6(String literal) {
        if (!IPV6.matcher(literal).matches()) {
            return false;
        }
        try {
            // In brackets InetAddress only parses: what is not an IPv6 address fails without a DNS look-up.
            InetAddress.getByName("[" + literal + "]");
            return true;
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
