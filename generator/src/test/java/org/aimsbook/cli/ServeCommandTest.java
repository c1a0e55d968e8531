package org.aimsbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aimsbook.Fixtures;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code aimsbook serve} over real HTTP on loopback, with real file changes. */
class ServeCommandTest {
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Pattern SERVING = Pattern.compile("serving .* on http://([0-9.]+):(\\d+)/");

    @TempDir
    Path temp;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final StringWriter printed = new StringWriter();
    private Path content;
    private Thread serve;
    private final CompletableFuture<Integer> exit = new CompletableFuture<>();
    private String host;
    private URI site;

    @BeforeEach
    void serve() throws Exception {
        content = Fixtures.content("site-pages", temp);
        // The console is read while serve writes to it.
        PrintWriter console = new PrintWriter(synchronizedWriter(printed), true);
        serve = new Thread(() -> exit.complete(Main.run(console, console, "serve", content.toString(), "--port", "0",
                "-o", temp.resolve("out").toString(), "--as-of", "2026-11-27")), "serve-under-test");
        serve.start();
        Matcher serving = waitFor("the server to start", () -> Optional.of(SERVING.matcher(printed())).filter(Matcher::find));
        host = serving.group(1);
        site = URI.create("http://" + host + ":" + serving.group(2) + "/");
    }

    @AfterEach
    void stop() throws Exception {
        serve.interrupt();
        assertEquals(0, exit.get(30, TimeUnit.SECONDS), printed());
        serve.join(TimeUnit.SECONDS.toMillis(30));
        waitFor("the server and watcher threads to end with serve", () -> Optional.of(true).filter(t -> Thread.getAllStackTraces()
                .keySet().stream().map(Thread::getName).noneMatch(name -> name.startsWith("aimsbook-"))));
    }

    @Test
    void answersOnLoopbackWithTheBuiltPages() throws Exception {
        assertTrue(InetAddress.getByName(host).isLoopbackAddress(), host);

        HttpResponse<String> front = get("");
        assertEquals(302, front.statusCode());
        assertEquals("/1.0/", front.headers().firstValue("Location").orElseThrow());

        HttpResponse<String> page = get("1.0/policies/ai-policy.html");
        assertEquals(200, page.statusCode());
        assertEquals("AI policy", Jsoup.parse(page.body()).selectFirst("h1").text());
        assertTrue(printed().contains("built in "), printed());
    }

    @Test
    void pagesCarryTheReloadScriptAndAPolicyThatAllowsOnlyTheSitesOwnScripts() throws Exception {
        HttpResponse<String> page = get("1.0/index.html");

        String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(policy.contains("script-src 'self'") && !policy.contains("unsafe-inline"), policy);
        assertEquals(1, Jsoup.parse(page.body()).select("script[src=/_aimsbook/reload.js]").size());
        assertEquals(200, get("_aimsbook/reload.js").statusCode());
        String built = Files.readString(temp.resolve("out/1.0/index.html"));
        assertFalse(built.contains("_aimsbook"), "the built file stays as build wrote it");
    }

    @Test
    void rebuildsAfterAnEditAndTellsTheOpenTabsToReload() throws Exception {
        try (Tab tab = Tab.open(site.resolve("_aimsbook/events"))) {
            edit("title: AI policy", "title: Policy on artificial intelligence");

            waitFor("the new title", () -> title("1.0/policies/ai-policy.html").filter(t -> t.equals("Policy on artificial intelligence")));
            assertTrue(tab.waitForEvent("reload"), "the tab hears of the reload");
        }
        waitFor("the terminal to report the rebuild", () -> Optional.of(printed()).filter(p -> p.contains("reloading 1 tab")));
    }

    @Test
    void aBadEditIsShownWithoutStoppingAndAFixRecovers() throws Exception {
        edit("It covers system:chat-helper[].", "It covers system:chat-helpr[].");

        JsonNode failed = waitFor("the failed build's status", () -> status().filter(s -> !s.get("passed").asBoolean()));
        JsonNode diagnostic = failed.get("diagnostics").get(0);
        assertEquals("REF-UNKNOWN", diagnostic.get("rule").asText());
        assertTrue(diagnostic.get("file").asText().endsWith("policies/ai-policy.adoc"), diagnostic.toString());
        assertEquals(17, diagnostic.get("line").asInt());
        assertEquals(11, diagnostic.get("column").asInt());
        assertEquals("AI policy", title("1.0/policies/ai-policy.html").orElseThrow(), "the last good pages are still served");
        assertTrue(printed().contains("error [REF-UNKNOWN] `system:chat-helpr` does not exist"), printed());

        edit("It covers system:chat-helpr[].", "It covers system:chat-helper[], fixed.");

        waitFor("the build to pass again", () -> status().filter(s -> s.get("passed").asBoolean()));
        waitFor("the fixed page", () -> page("1.0/policies/ai-policy.html").filter(p -> p.contains("fixed.")));
    }

    @Test
    void refusesEveryPathThatLeavesTheOutputFolder() throws Exception {
        Files.writeString(temp.resolve("secret.txt"), "the-secret-itself");
        for (String path : new String[] {"/../secret.txt", "/1.0/../../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E%2Fsecret.txt",
                "//" + temp.resolve("secret.txt"), "/1.0/..%5c..%5csecret.txt", "/%00"}) {
            String answer = raw(path);
            assertTrue(answer.startsWith("HTTP/1.1 400") || answer.startsWith("HTTP/1.1 404"), path + " -> " + answer);
            assertFalse(answer.contains("the-secret-itself"), path);
        }
    }

    private void edit(String from, String to) throws IOException {
        Path policy = content.resolve("policies/ai-policy.adoc");
        String text = Files.readString(policy);
        assertTrue(text.contains(from), from);
        Files.writeString(policy, text.replace(from, to));
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(site.resolve(path)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private Optional<String> page(String path) {
        try {
            HttpResponse<String> response = get(path);
            return response.statusCode() == 200 ? Optional.of(response.body()) : Optional.empty();
        } catch (IOException | InterruptedException e) {
            return Optional.empty();
        }
    }

    private Optional<String> title(String path) {
        return page(path).map(html -> Jsoup.parse(html).selectFirst("h1").text());
    }

    private Optional<JsonNode> status() {
        return page("_aimsbook/status").map(json -> {
            try {
                return new ObjectMapper().readTree(json);
            } catch (IOException e) {
                throw new AssertionError(json, e);
            }
        });
    }

    /** The answer to a request line sent as written, which an HTTP client would tidy up first. */
    private String raw(String path) throws IOException {
        try (Socket socket = new Socket(host, site.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    private String printed() {
        synchronized (printed) {
            return printed.toString();
        }
    }

    private static Writer synchronizedWriter(StringWriter target) {
        return new Writer() {
            @Override
            public void write(char[] chars, int offset, int length) {
                synchronized (target) {
                    target.write(chars, offset, length);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
    }

    private static <T> T waitFor(String what, Supplier<Optional<T>> probe) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<T> value = probe.get();
            if (value.isPresent()) {
                return value.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("gave up waiting for " + what);
    }

    /** An open tab's event stream, read as a browser's EventSource would. */
    private static final class Tab implements AutoCloseable {
        private final Socket socket;
        private final BufferedReader events;

        private Tab(Socket socket) throws IOException {
            this.socket = socket;
            InputStream in = socket.getInputStream();
            this.events = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        }

        static Tab open(URI uri) throws IOException {
            Socket socket = new Socket(uri.getHost(), uri.getPort());
            socket.setSoTimeout((int) PATIENCE.toMillis());
            socket.getOutputStream().write(("GET " + uri.getPath() + " HTTP/1.1\r\nHost: " + uri.getHost()
                    + "\r\nAccept: text/event-stream\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            Tab tab = new Tab(socket);
            // Connected once the stream's first comment arrives: only then will the rebuild count the tab.
            for (String line = tab.events.readLine(); line != null && !line.contains(": connected"); line = tab.events.readLine()) {
                // the response headers and the chunk size
            }
            return tab;
        }

        boolean waitForEvent(String name) throws IOException {
            for (String line = events.readLine(); line != null; line = events.readLine()) {
                if (line.equals("event: " + name)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
