package org.aimsbook.serve;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Serves the output folder over HTTP as a static host would, plus what only a preview needs:
 * {@code /} leads to the version last built, every HTML page gets the live-reload script
 * (added as it is served, so the built files stay as {@code build} writes them), and
 * {@code /_aimsbook/} answers the script: its events, the build status, the script itself.
 * It answers only GET and HEAD, only to a Host that is an address or {@code localhost}
 * ({@link RequestHost}), and only with files inside the output folder ({@link RequestPath}, and
 * the real path of each file, so that links leading out are not followed).
 */
final class PreviewServer implements AutoCloseable {
    /** Where the preview's own endpoints live; no built file starts with {@code _}. */
    static final String OWN = "/_aimsbook/";
    private static final String SCRIPT_TAG = "<script src=\"" + OWN + "reload.js\" defer></script>";
    /**
     * The site's own scripts, styles and images are files of the site, and the reload script
     * talks to its own origin, so nothing needs inline code or another origin. SVG charts are
     * inline markup with presentation attributes, which style-src does not govern.
     */
    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    private static final Pattern HEAD_END = Pattern.compile("</head>", Pattern.CASE_INSENSITIVE);
    private final Path root;
    private final Supplier<BuildStatus> status;
    private final ReloadChannel tabs;
    private final HttpServer server;
    private final ExecutorService executor;
    private final byte[] script;

    /**
     * Starts answering at once.
     *
     * @param out the output folder, whose versions are served; it need not exist before a build passes
     * @param status the last build's status, read for each request
     * @throws IOException when the address cannot be bound, worded for the user
     */
    PreviewServer(Path out, InetSocketAddress address, Supplier<BuildStatus> status, ReloadChannel tabs) throws IOException {
        this.root = out.toAbsolutePath().normalize();
        this.status = status;
        this.tabs = tabs;
        try (InputStream in = PreviewServer.class.getResourceAsStream("reload.js")) {
            this.script = in.readAllBytes();
        }
        try {
            this.server = HttpServer.create(address, 0);
        } catch (BindException e) {
            throw new IOException("cannot serve on " + address.getHostString() + " port " + address.getPort() + ": "
                    + e.getMessage() + "; choose another with --port, or --port 0 for a free one", e);
        }
        // Event streams stay open without holding a thread, so a few threads serve any number of tabs.
        this.executor = Executors.newFixedThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, "aimsbook-server");
            thread.setDaemon(true);
            return thread;
        });
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    /** The address bound, with the port chosen when 0 was asked for. */
    InetSocketAddress address() {
        return server.getAddress();
    }

    private void handle(HttpExchange exchange) throws IOException {
        List<String> hosts = exchange.getRequestHeaders().get("Host");
        if (hosts == null || hosts.size() != 1) {
            reply(exchange, 400, MediaTypes.TEXT, "bad request: one Host header is required\n".getBytes(StandardCharsets.UTF_8));
            return;
        }
        URI target = exchange.getRequestURI();
        // A request target may name its host itself (http://host/path), which then counts as well as Host.
        boolean absolute = target.getScheme() != null;
        String authority = absolute ? Objects.requireNonNullElse(target.getRawAuthority(), "") : hosts.get(0);
        if (!RequestHost.trusted(hosts.get(0)) || !RequestHost.trusted(authority)) {
            reply(exchange, 403, MediaTypes.TEXT, ("forbidden: the preview answers to its IP address or localhost only,"
                    + " not to a host name, which another site could point here (DNS rebinding)\n").getBytes(StandardCharsets.UTF_8));
            return;
        }
        String method = exchange.getRequestMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            exchange.getResponseHeaders().set("Allow", "GET, HEAD");
            reply(exchange, 405, "text/plain; charset=utf-8", new byte[0]);
            return;
        }
        // Without a scheme, //name/path is a path that starts with an empty segment, not a host and a path.
        String raw = absolute || target.getRawAuthority() == null
                ? target.getRawPath()
                : "//" + target.getRawAuthority() + target.getRawPath();
        Optional<String> path = RequestPath.of(raw);
        if (path.isEmpty()) {
            reply(exchange, 400, MediaTypes.TEXT, "bad request: the path leaves the site\n".getBytes(StandardCharsets.UTF_8));
            return;
        }
        String name = path.get();
        switch (name) {
            case OWN + "events" -> openEvents(exchange);
            case OWN + "status" -> reply(exchange, 200, MediaTypes.JSON, status.get().json().getBytes(StandardCharsets.UTF_8));
            case OWN + "reload.js" -> reply(exchange, 200, MediaTypes.JAVASCRIPT, script);
            case "/" -> front(exchange);
            default -> file(exchange, name);
        }
    }

    /** The front page: on to the version last built, or, before any built, a page for the overlay to show on. */
    private void front(HttpExchange exchange) throws IOException {
        Optional<String> version = status.get().version();
        if (version.isPresent()) {
            exchange.getResponseHeaders().set("Location", "/" + version.get() + "/");
            reply(exchange, 302, MediaTypes.TEXT, new byte[0]);
            return;
        }
        page(exchange, 503, ("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>No handbook yet</title>\n"
                + "</head>\n<body>\n<p>No build has passed yet: fix the errors it reports, and this page reloads.</p>\n"
                + "</body>\n</html>\n").getBytes(StandardCharsets.UTF_8));
    }

    private void file(HttpExchange exchange, String name) throws IOException {
        Path file = root.resolve(name.substring(1)).normalize();
        if (!Files.isDirectory(root)) {
            notFound(exchange, name);
            return;
        }
        if (Files.isDirectory(file)) {
            if (!name.endsWith("/")) {
                exchange.getResponseHeaders().set("Location", name + "/");
                reply(exchange, 301, MediaTypes.TEXT, new byte[0]);
                return;
            }
            file = file.resolve("index.html");
        }
        // Links inside the output folder may lead anywhere: only their real target counts.
        if (!file.startsWith(root) || !Files.isRegularFile(file) || !file.toRealPath().startsWith(root.toRealPath())) {
            notFound(exchange, name);
            return;
        }
        String type = MediaTypes.of(file);
        byte[] body = Files.readAllBytes(file);
        if (type.equals(MediaTypes.HTML)) {
            page(exchange, 200, body);
        } else {
            reply(exchange, 200, type, body);
        }
    }

    /** An HTML page, with the reload script added. */
    private void page(HttpExchange exchange, int status, byte[] html) throws IOException {
        String text = new String(html, StandardCharsets.UTF_8);
        var end = HEAD_END.matcher(text);
        String served = end.find()
                ? text.substring(0, end.start()) + SCRIPT_TAG + "\n" + text.substring(end.start())
                : SCRIPT_TAG + "\n" + text;
        reply(exchange, status, MediaTypes.HTML, served.getBytes(StandardCharsets.UTF_8));
    }

    private void openEvents(HttpExchange exchange) throws IOException {
        Headers headers = exchange.getResponseHeaders();
        headers.set("Content-Type", "text/event-stream; charset=utf-8");
        headers.set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        OutputStream stream = exchange.getResponseBody();
        // A first comment gets the headers to the tab now, so that it knows it is connected.
        stream.write(": connected\n\n".getBytes(StandardCharsets.UTF_8));
        stream.flush();
        tabs.open(stream);
    }

    private static void notFound(HttpExchange exchange, String name) throws IOException {
        reply(exchange, 404, MediaTypes.TEXT, ("not found: " + name + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static void reply(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        try (exchange) {
            Headers headers = exchange.getResponseHeaders();
            headers.set("Content-Type", type);
            headers.set("Cache-Control", "no-store");
            headers.set("X-Content-Type-Options", "nosniff");
            // On every answer, not only pages: an SVG opened on its own is a document that could run its own scripts.
            headers.set("Content-Security-Policy", POLICY);
            boolean head = exchange.getRequestMethod().equals("HEAD");
            exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
            if (!head) {
                exchange.getResponseBody().write(body);
            }
        }
    }

    @Override
    public void close() {
        tabs.closeAll();
        server.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
