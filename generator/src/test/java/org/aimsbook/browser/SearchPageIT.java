package org.aimsbook.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aimsbook.Fixtures;
import org.aimsbook.Sites;
import org.aimsbook.model.Classification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The search page as readers use it, from {@code file://} and from a web server: the example
 * content built as the internal edition, and the editions fixture built as the internal and
 * the confidential edition to show that a confidential canary cannot be found below its level.
 */
class SearchPageIT {
    private static final String CANARY = "canary-7f3a9";
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Pattern COUNT = Pattern.compile("^(\\d+) pages? match");
    private static final Pattern QUERY = Pattern.compile("search\\.html\\?q=([^&]*)");

    @TempDir
    static Path temp;
    /** One output folder per build, side by side, so one server serves them all. */
    private static Path sites;
    private static SiteServer server;
    private static ChromeDriver driver;

    enum Origin {
        FILE, HTTP;

        String url(String path) {
            return (this == FILE ? sites.toUri() : server.uri()) + path;
        }
    }

    @BeforeAll
    static void buildAndStart() throws IOException {
        if (!Chromium.available()) {
            System.err.println("SearchPageIT: browser tests skipped: " + Chromium.MISSING);
            return;
        }
        sites = Files.createDirectories(temp.resolve("sites"));
        Sites.build(Sites.EXAMPLE, sites.resolve("example"), "1.0", Classification.INTERNAL);
        Path editions = Fixtures.content("site-editions", temp);
        for (Classification edition : List.of(Classification.INTERNAL, Classification.CONFIDENTIAL)) {
            Sites.build(editions, sites.resolve(edition.name().toLowerCase()), "1.0", edition);
        }
        driver = Chromium.start(temp.resolve("profile"));
        server = SiteServer.serve(sites);
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

    @AfterEach
    void consoleStaysClean() {
        if (driver != null) {
            Console.assertClean(driver);
        }
    }

    @ParameterizedTest
    @EnumSource(Origin.class)
    void typingAPrefixShowsResultsAndTheAddressToShare(Origin origin) {
        open(origin, "example/1.0/search.html");
        WebElement field = driver.findElement(By.id("search-query"));
        assertEquals(field, driver.switchTo().activeElement(), "the field has the focus");
        field.sendKeys("impa");
        waitForAnswer("impa");
        List<WebElement> results = results();
        assertFalse(results.isEmpty(), "results for the prefix impa");
        assertTrue(marks().stream().allMatch(mark -> mark.contains("impa")), "only words with impa in them are marked: " + marks());
        assertTrue(driver.getCurrentUrl().endsWith("/search.html?q=impa"), driver.getCurrentUrl());
    }

    @ParameterizedTest
    @EnumSource(Origin.class)
    void deepLinkShowsHighlightedSnippetsLinkingToTheirSections(Origin origin) {
        open(origin, "example/1.0/search.html?q=impact%20assessment");
        assertEquals("impact assessment", driver.findElement(By.id("search-query")).getDomProperty("value"));
        List<WebElement> results = results();
        assertEquals(10, results.size(), "a first page of ten results");
        assertTrue(count() > 10, status());
        Path version = sites.resolve("example/1.0");
        int intoSections = 0;
        for (WebElement result : results) {
            assertFalse(result.findElements(By.cssSelector(".snippet mark")).isEmpty(), "marks in " + result.getText());
            URI link = URI.create(result.findElement(By.tagName("a")).getDomProperty("href"));
            String page = link.getPath().substring(link.getPath().indexOf("/1.0/") + "/1.0/".length());
            assertTrue(Files.isRegularFile(version.resolve(page)), "a page of the version: " + link);
            if (link.getFragment() != null) {
                assertNotNull(Sites.page(version.resolve(page)).getElementById(link.getFragment()), "a section: " + link);
                intoSections++;
            }
        }
        assertTrue(intoSections > 0, "some results link into a section of their page");
        for (String mark : marks()) {
            assertTrue(mark.matches("impact.*|assess.*"), "marked: " + mark);
        }

        driver.findElement(By.id("search-more")).click();
        waitForAnswer("impact assessment");
        assertEquals(Math.min(20, count()), results().size(), "ten more");
        assertEquals(results.get(9), results().get(9), "added below the first ten");
    }

    @ParameterizedTest
    @EnumSource(Origin.class)
    void typeFilterNarrowsTheResultsToThatType(Origin origin) {
        open(origin, "example/1.0/search.html?q=impact%20assessment");
        int all = count();
        WebElement controls = driver.findElement(By.cssSelector("#search-filters")).findElement(By.partialLinkText("Annex A controls"));
        int counted = Integer.parseInt(controls.findElement(By.className("count")).getText().replaceAll("\\D", ""));
        controls.click();
        waitForAnswer("impact assessment");
        assertTrue(driver.getCurrentUrl().contains("type=control"), driver.getCurrentUrl());
        assertEquals(counted, count());
        assertTrue(count() < all, count() + " of " + all);
        List<String> types = results().stream().map(r -> r.findElement(By.className("result-type")).getText()).distinct().toList();
        assertEquals(List.of("Annex A controls"), types);

        open(origin, "example/1.0/search.html?q=impact%20assessment&type=control");
        assertEquals(counted, count(), "the shared address keeps the filter");
    }

    @ParameterizedTest
    @EnumSource(Origin.class)
    void anIdFindsItsControlPageFirst(Origin origin) {
        open(origin, "example/1.0/search.html?q=A.6.2.8");
        String first = results().get(0).findElement(By.tagName("a")).getDomProperty("href");
        assertTrue(first.replaceFirst("#.*", "").endsWith("/1.0/controls/A.6.2.8.html"), first);
    }

    @ParameterizedTest
    @EnumSource(Origin.class)
    void arrowKeysMoveThroughTheResultsAndEnterFollows(Origin origin) {
        open(origin, "example/1.0/search.html?q=risk");
        WebElement field = driver.findElement(By.id("search-query"));
        List<WebElement> links = driver.findElements(By.cssSelector("#search-results li > a"));
        field.sendKeys(Keys.ARROW_DOWN);
        assertEquals(links.get(0), driver.switchTo().activeElement());
        driver.switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
        assertEquals(links.get(1), driver.switchTo().activeElement());
        driver.switchTo().activeElement().sendKeys(Keys.ARROW_UP);
        driver.switchTo().activeElement().sendKeys(Keys.ARROW_UP);
        assertEquals(field, driver.switchTo().activeElement(), "up from the first result returns to the field");
        field.sendKeys(Keys.ARROW_DOWN);
        String target = links.get(0).getDomProperty("href");
        driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        new WebDriverWait(driver, WAIT).until(d -> d.getCurrentUrl().equals(target));
        Console.assertClean(driver);
    }

    @ParameterizedTest
    @EnumSource(Origin.class)
    void phrasesAndExcludedWordsNarrowTheResults(Origin origin) {
        open(origin, "example/1.0/search.html?q=impact");
        int words = count();
        open(origin, "example/1.0/search.html?q=impact%20-screening");
        int excluding = count();
        assertTrue(excluding > 0 && excluding < words, excluding + " of " + words);
        assertTrue(results().stream().noneMatch(r -> r.getText().toLowerCase().contains("screening")), "no result shows screening");

        open(origin, "example/1.0/search.html?q=%22impact%20assessment%22");
        assertTrue(status().contains("the phrase"), status());
        assertFalse(results().isEmpty());
        for (WebElement result : results()) {
            String snippet = result.findElement(By.className("snippet")).getText().toLowerCase();
            assertTrue(snippet.contains("impact") || snippet.contains("assess"), snippet);
        }
    }

    @ParameterizedTest
    @EnumSource(Origin.class)
    void unknownWordsOfferTheClosestWordsOfTheHandbook(Origin origin) {
        open(origin, "example/1.0/search.html?q=imapct%20assesment");
        assertTrue(status().startsWith("No page matches"), status());
        WebElement suggestion = driver.findElement(By.id("search-suggestion"));
        assertTrue(suggestion.isDisplayed());
        assertEquals("impact assessment", suggestion.findElement(By.tagName("a")).getText());
        suggestion.findElement(By.tagName("a")).click();
        waitForAnswer("impact assessment");
        assertTrue(count() > 0, status());
    }

    @ParameterizedTest
    @EnumSource(Origin.class)
    void everyPageCarriesASearchFieldLeadingToTheSearchPage(Origin origin) {
        open(origin, "example/1.0/policies/ai-policy.html");
        WebElement field = driver.findElement(By.cssSelector("header.masthead input[name=q]"));
        assertEquals("Search", driver.findElement(By.cssSelector("label[for=" + field.getDomAttribute("id") + "]")).getText());
        field.sendKeys("transparency", Keys.ENTER);
        new WebDriverWait(driver, WAIT).until(d -> d.getCurrentUrl().contains("/1.0/search.html?q=transparency"));
        waitForAnswer("transparency");
        assertTrue(count() > 0, status());
    }

    @ParameterizedTest
    @EnumSource(Origin.class)
    void confidentialCanaryIsFoundOnlyInTheConfidentialEdition(Origin origin) {
        open(origin, "confidential/1.0/search.html?q=" + CANARY);
        assertTrue(count() > 0, "the canary is findable where it belongs: " + status());
        assertTrue(results().stream().allMatch(r -> r.getText().toLowerCase().contains(CANARY)), "results show it");

        open(origin, "internal/1.0/search.html?q=" + CANARY);
        assertTrue(status().startsWith("No page matches"), status());
        assertTrue(results().isEmpty());
        open(origin, "internal/1.0/search.html?q=canary");
        assertTrue(results().isEmpty(), status());
        String suggestion = driver.findElement(By.id("search-suggestion")).getText().toLowerCase();
        assertFalse(suggestion.contains("canary") || suggestion.contains("7f3a9"), suggestion);
    }

    // --- helpers ---------------------------------------------------------------------------

    /** Opens a page; a search page with a query in its address is waited for until it answered. */
    private static void open(Origin origin, String path) {
        driver.get(origin.url(path));
        new WebDriverWait(driver, WAIT).until(d -> "complete".equals(
                ((JavascriptExecutor) d).executeScript("return document.readyState")));
        Matcher query = QUERY.matcher(path);
        if (query.find()) {
            waitForAnswer(URLDecoder.decode(query.group(1), StandardCharsets.UTF_8));
        }
        Console.assertClean(driver);
    }

    /** Waits until the page answered {@code query}: its address shows it and no result is pending. */
    private static void waitForAnswer(String query) {
        new WebDriverWait(driver, WAIT).withMessage(() -> "no answer to \"" + query + "\" on " + driver.getCurrentUrl()
                + ": " + status()).until(d -> {
                    String address = URLDecoder.decode(d.getCurrentUrl(), StandardCharsets.UTF_8);
                    WebElement list = d.findElement(By.id("search-results"));
                    return address.contains("q=" + query) && "false".equals(list.getDomAttribute("aria-busy"))
                            && !status().isEmpty();
                });
    }

    private static List<WebElement> results() {
        return driver.findElements(By.cssSelector("ol#search-results > li"));
    }

    private static List<String> marks() {
        return driver.findElements(By.cssSelector("#search-results mark")).stream().map(m -> m.getText().toLowerCase()).toList();
    }

    private static String status() {
        return driver.findElement(By.cssSelector("[role=status]")).getText();
    }

    /** The number of results the status announces. */
    private static int count() {
        Matcher matcher = COUNT.matcher(status());
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
    }
}
