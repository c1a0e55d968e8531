package org.aimsbook.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import org.aimsbook.BuildOptions;
import org.aimsbook.Fixtures;
import org.aimsbook.model.Classification;
import org.aimsbook.serve.Preview;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A real tab on {@code aimsbook serve}: the site works under its security policy, and edits reach the tab by themselves. */
class ServePreviewIT {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path temp;

    private Path content;
    private Preview preview;
    private ChromeDriver driver;

    @BeforeEach
    void start() throws IOException {
        assumeTrue(Chromium.available(), "browser tests skipped: " + Chromium.MISSING);
        content = Fixtures.content("site-pages", temp);
        BuildOptions options = new BuildOptions(temp.resolve("out"), Optional.empty(), Classification.INTERNAL, Optional.empty(),
                LocalDate.of(2026, 11, 27), false);
        preview = Preview.start(content, options, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), (build, tabs) -> { });
        driver = Chromium.start(temp.resolve("profile"));
    }

    @AfterEach
    void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (preview != null) {
            preview.close();
        }
    }

    @Test
    void theSiteRunsUnderThePolicyAndSearchStillAnswers() {
        open("1.0/index.html");
        open("1.0/policies/ai-policy.html");
        open("1.0/search.html?q=policy");
        new WebDriverWait(driver, WAIT).until(d -> !d.findElements(By.cssSelector("#search-results li")).isEmpty());
        Console.assertClean(driver);
    }

    @Test
    void anEditReloadsTheTabAndABadOneIsListedOverThePageUntilFixed() throws IOException {
        open("1.0/policies/ai-policy.html");
        // Gone only if the page is loaded again.
        ((JavascriptExecutor) driver).executeScript("window.notReloaded = true;");

        edit("title: AI policy", "title: Policy on artificial intelligence");
        new WebDriverWait(driver, WAIT).until(d -> d.findElement(By.tagName("h1")).getText().equals("Policy on artificial intelligence"));
        assertEquals(null, ((JavascriptExecutor) driver).executeScript("return window.notReloaded;"));

        edit("It covers system:chat-helper[].", "It covers system:chat-helpr[].");
        String overlay = new WebDriverWait(driver, WAIT).until(d -> d.findElements(By.id("aimsbook-diagnostics")).stream()
                .findFirst().map(element -> element.getText()).orElse(null));
        assertTrue(overlay.contains("policies/ai-policy.adoc:17:11: error [REF-UNKNOWN] `system:chat-helpr` does not exist"), overlay);

        edit("It covers system:chat-helpr[].", "It covers system:chat-helper[].");
        new WebDriverWait(driver, WAIT).until(d -> d.findElements(By.id("aimsbook-diagnostics")).isEmpty());
        Console.assertClean(driver);
    }

    private void open(String path) {
        driver.get("http://127.0.0.1:" + preview.address().getPort() + "/" + path);
        Console.assertClean(driver);
    }

    private void edit(String from, String to) throws IOException {
        Path policy = content.resolve("policies/ai-policy.adoc");
        Files.writeString(policy, Files.readString(policy).replace(from, to));
    }
}
