package org.aimsbook.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.aimsbook.Fixtures;
import org.aimsbook.Sites;
import org.aimsbook.model.Classification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The theme's Content-Security-Policy meta tag in a real browser, from {@code file://} and
 * over HTTP: markup that got into a page (were the sanitiser ever to let it through) does not
 * run, while the site's own scripts still do. Each page is checked beside a copy without the
 * policy, where the same markup does run, so the test shows that the policy is what stops it.
 */
class ContentSecurityPolicyIT {
    /** What a hostile page would carry: inline script, event handler, javascript: link, inline styles. */
    private static final String INJECTED = """
            <script>window.injected = (window.injected || []).concat("inline script");</script>
            <img id="handler" src="../assets/favicon.svg" onload="window.injected = (window.injected || []).concat('event handler')" alt="">
            <a id="javascript" href="javascript:window.injected = (window.injected || []).concat('javascript link')">link</a>
            <p id="styled" style="color: rgb(255, 0, 0)">styled</p>
            <style>#sheet { color: rgb(255, 0, 0); }</style><p id="sheet">sheet</p>
            """;
    private static final String RED = "rgba(255, 0, 0, 1)";

    @TempDir
    static Path temp;
    private static Path out;
    private static SiteServer server;
    private static ChromeDriver driver;

    enum Origin {
        FILE, HTTP;

        String url(String path) {
            return (this == FILE ? out.toUri() : server.uri()) + path;
        }
    }

    @BeforeAll
    static void buildAndStart() throws IOException {
        if (!Chromium.available()) {
            System.err.println("ContentSecurityPolicyIT: browser tests skipped: " + Chromium.MISSING);
            return;
        }
        out = temp.resolve("out");
        Sites.build(Fixtures.content("site-pages", temp), out, "1.0", Classification.INTERNAL);
        String page = Files.readString(out.resolve("1.0/policies/ai-policy.html"));
        assertTrue(page.contains("<meta http-equiv=\"Content-Security-Policy\""), "the theme ships its policy");
        String hostile = page.replace("<main id=\"main\">", "<main id=\"main\">\n" + INJECTED);
        Files.writeString(out.resolve("1.0/policies/hostile.html"), hostile);
        Files.writeString(out.resolve("1.0/policies/hostile-without-policy.html"),
                hostile.replaceFirst("<meta http-equiv=\"Content-Security-Policy\"[^>]*>", ""));
        driver = Chromium.start(temp.resolve("profile"));
        server = SiteServer.serve(out);
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void browserInstalled() {
        assumeTrue(driver != null, "browser tests skipped: " + Chromium.MISSING);
    }

    @ParameterizedTest
    @EnumSource(Origin.class)
    void injectedMarkupDoesNotRunWhileTheSitesOwnScriptsDo(Origin origin) {
        open(origin, "1.0/policies/hostile.html");

        assertEquals("1.0 (latest)", driver.findElement(By.cssSelector("#version-switcher option")).getText(),
                "site.js and ../versions.js ran: the policy lets the site's own files run");
        assertEquals(List.of(), injected(), "nothing injected ran");
        assertNotEquals(RED, color("styled"), "a style attribute is refused");
        assertNotEquals(RED, color("sheet"), "an inline style sheet is refused");
        List<String> violations = Console.errors(driver).stream().map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy")).toList();
        assertTrue(violations.stream().anyMatch(m -> m.contains("inline script")), String.join("\n", violations));
        assertTrue(violations.stream().anyMatch(m -> m.contains("inline event handler")), String.join("\n", violations));
        assertTrue(violations.stream().anyMatch(m -> m.contains("style")), String.join("\n", violations));

        driver.findElement(By.id("javascript")).click();
        assertEquals(List.of(), injected(), "a javascript: link does not run either");
    }

    @ParameterizedTest
    @EnumSource(Origin.class)
    void withoutThePolicyTheSameMarkupRuns(Origin origin) {
        open(origin, "1.0/policies/hostile-without-policy.html");

        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> injected().size() == 2);
        assertEquals(List.of("inline script", "event handler"), injected());
        assertEquals(RED, color("styled"));
        assertEquals(RED, color("sheet"));
        Console.errors(driver);
    }

    private static void open(Origin origin, String path) {
        driver.get(origin.url(path));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> "complete".equals(
                ((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /** What the injected code recorded. WebDriver's own scripts are not bound by the page's policy. */
    @SuppressWarnings("unchecked")
    private static List<String> injected() {
        Object value = ((JavascriptExecutor) driver).executeScript("return window.injected || []");
        return (List<String>) value;
    }

    private static String color(String id) {
        return driver.findElement(By.id(id)).getCssValue("color");
    }
}
