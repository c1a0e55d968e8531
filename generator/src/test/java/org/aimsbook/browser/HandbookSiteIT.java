package org.aimsbook.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.aimsbook.BuildOptions;
import org.aimsbook.BuildReport;
import org.aimsbook.Handbook;
import org.aimsbook.model.Classification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The built handbook in a real browser: two versions of the example content (1.0 and 1.1)
 * are built once, then read from {@code file://} and from a local web server, as readers do.
 * Every page visited must log no errors to the console, failed loads of scripts and styles
 * included.
 */
class HandbookSiteIT {
    private static final Path CONTENT = Path.of("..", "content");
    private static final String OLD = "1.0";
    private static final String LATEST = "1.1";
    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    static Path temp;
    private static Path out;
    private static SiteServer server;
    private static ChromeDriver driver;

    /** Where a reader opens the site from. */
    enum Origin {
        FILE, HTTP;

        /** The output folder's address, ending in a slash, as the browser spells it. */
        String base() {
            return (this == FILE ? out.toUri() : server.uri()).toString();
        }

        String url(String path) {
            return base() + path;
        }
    }

    @BeforeAll
    static void buildAndStart() throws IOException {
        if (!Chromium.available()) {
            System.err.println("HandbookSiteIT: browser tests skipped: " + Chromium.MISSING);
            return;
        }
        driver = Chromium.start(temp.resolve("profile"));
        out = temp.resolve("site");
        Handbook handbook = Handbook.load(CONTENT);
        for (String version : List.of(OLD, LATEST)) {
            BuildReport report = handbook.build(new BuildOptions(out, Optional.of(version),
                    Classification.INTERNAL, Optional.empty(), LocalDate.parse("2026-11-27"), false));
            assertTrue(report.published().isPresent(), report.check().text());
        }
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

    /** Skipped one by one, so that reports count and explain them (a skipped class shows as 0 tests). */
    @BeforeEach
    void browserInstalled() {
        assumeTrue(driver != null, "browser tests skipped: " + Chromium.MISSING);
    }

    /** Whatever a test left in the console is still checked. */
    @AfterEach
    void consoleStaysClean() {
        if (driver != null) {
            Console.assertClean(driver);
        }
    }

    @ParameterizedTest
    @EnumSource(Origin.class)
    void readerNavigatesFromTheRedirectToADocumentAndBackByBreadcrumbs(Origin origin) {
        open(origin, "index.html");
        new WebDriverWait(driver, WAIT).until(d -> d.getCurrentUrl().endsWith("/latest/index.html"));
        waitForPage();
        Console.assertClean(driver);
        assertEquals(origin.url("latest/index.html"), driver.getCurrentUrl());
        assertEquals("Halvard AI Management System Handbook", heading());

        follow(driver.findElement(By.cssSelector("nav.sections")).findElement(By.linkText("AI systems")));
        assertTrue(driver.getCurrentUrl().endsWith("/latest/systems/index.html"), driver.getCurrentUrl());
        assertEquals("AI systems", heading());

        WebElement system = driver.findElement(By.cssSelector("table.sortable tbody th a"));
        String title = system.getText();
        follow(system);
        assertTrue(driver.getCurrentUrl().matches(".*/latest/systems/[a-z0-9-]+\\.html"), driver.getCurrentUrl());
        assertEquals(title, heading());
        assertTrue(driver.getTitle().startsWith(title + " · "), driver.getTitle());
        assertEquals(List.of("Dashboard", "AI systems", title), crumbs());

        follow(crumb("AI systems"));
        assertTrue(driver.getCurrentUrl().endsWith("/latest/systems/index.html"), driver.getCurrentUrl());
        assertEquals("AI systems", heading());

        follow(crumb("Dashboard"));
        assertTrue(driver.getCurrentUrl().endsWith("/latest/index.html"), driver.getCurrentUrl());
        assertEquals("Halvard AI Management System Handbook", heading());
    }

    @ParameterizedTest
    @EnumSource(Origin.class)
    void versionSwitcherMovesToTheSamePageInAnotherVersion(Origin origin) {
        String page = "systems/candidate-screening.html";
        open(origin, "latest/" + page);
        String title = heading();
        Select switcher = switcher();
        assertEquals(List.of(LATEST + " (latest)", OLD),
                switcher.getOptions().stream().map(WebElement::getText).toList());
        assertEquals(LATEST, switcher.getFirstSelectedOption().getAttribute("value"));
        assertFalse(banner().isDisplayed(), "no old-version banner on the latest version");

        switcher.selectByValue(OLD);
        waitForUrl(origin.url(OLD + "/" + page));
        waitForPage();
        Console.assertClean(driver);
        assertEquals(title, heading());
        assertEquals(OLD, switcher().getFirstSelectedOption().getAttribute("value"));
        WebElement banner = banner();
        assertTrue(banner.isDisplayed(), "old-version banner on " + OLD);
        assertTrue(banner.getText().contains("You are reading version " + OLD), banner.getText());

        follow(banner.findElement(By.tagName("a")));
        assertEquals(origin.url(LATEST + "/" + page), driver.getCurrentUrl());
        assertEquals(title, heading());
        assertFalse(banner().isDisplayed());

        switcher().selectByValue(OLD);
        waitForUrl(origin.url(OLD + "/" + page));
        waitForPage();
        Console.assertClean(driver);
        switcher().selectByValue(LATEST);
        waitForUrl(origin.url(LATEST + "/" + page));
        waitForPage();
        Console.assertClean(driver);
        assertEquals(title, heading());
    }

    @ParameterizedTest
    @EnumSource(Origin.class)
    void controlPageLinksLandOnTheDocumentsTheyName(Origin origin) {
        String control = LATEST + "/controls/A.5.2.html";
        open(origin, control);
        assertEquals("A.5.2 AI system impact assessment process", heading());

        WebElement implementing = driver.findElement(By.cssSelector(".fact-implemented_by a"));
        String implementingTitle = implementing.getText();
        follow(implementing);
        assertTrue(driver.getCurrentUrl().contains("/" + LATEST + "/policies/"), driver.getCurrentUrl());
        assertEquals(implementingTitle, heading());

        open(origin, control);
        List<WebElement> citing = driver.findElements(By.cssSelector("section[aria-labelledby=citing] a"));
        assertFalse(citing.isEmpty(), "A.5.2 is cited");
        String citingTitle = citing.get(0).getText();
        follow(citing.get(0));
        assertEquals(citingTitle, heading());
    }

    @ParameterizedTest
    @EnumSource(Origin.class)
    void roleMatrixHasARoleColumnEachAndOwnsApprovesOrNamesInItsCells(Origin origin) {
        open(origin, LATEST + "/roles/index.html");
        Set<String> roles = driver.findElements(By.cssSelector("table.sortable tbody th a")).stream()
                .map(WebElement::getText).collect(Collectors.toSet());
        assertTrue(roles.size() >= 6, roles.toString());

        follow(driver.findElement(By.cssSelector("nav.sections")).findElement(By.linkText("Roles and responsibilities")));
        assertTrue(driver.getCurrentUrl().endsWith("/" + LATEST + "/raci.html"), driver.getCurrentUrl());
        List<String> header = driver.findElements(By.cssSelector("table.raci thead th")).stream()
                .map(WebElement::getText).toList();
        assertEquals("Document", header.get(0));
        assertEquals(roles, Set.copyOf(header.subList(1, header.size())));
        assertEquals(roles.size(), header.size() - 1, "one column per role");

        // One round trip for the whole matrix: hundreds of getText() calls would take seconds.
        @SuppressWarnings("unchecked")
        List<List<String>> rows = (List<List<String>>) driver.executeScript(
                "return Array.from(document.querySelectorAll('table.raci tbody tr'), row =>"
                        + " Array.from(row.cells, cell => cell.textContent.trim()));");
        assertFalse(rows.isEmpty());
        Set<String> marks = new TreeSet<>();
        for (List<String> row : rows) {
            assertEquals(roles.size() + 1, row.size(), "the document and a cell per role in " + row);
            for (String cell : row.subList(1, row.size())) {
                assertTrue(cell.matches("(O( |$))?(A( |$))?(N)?"), "unexpected cell \"" + cell + "\" in " + row);
                if (!cell.isEmpty()) {
                    marks.addAll(List.of(cell.split(" ")));
                }
            }
        }
        assertTrue(marks.containsAll(Set.of("O", "A", "N")), "cells show O, A and N: " + marks);
    }

    @ParameterizedTest
    @EnumSource(Origin.class)
    void typeIndexSortsByAColumnWhenItsHeaderIsPressed(Origin origin) {
        open(origin, LATEST + "/policies/index.html");
        List<String> initial = titleColumn();
        List<WebElement> headers = driver.findElements(By.cssSelector("table.sortable thead th"));
        for (WebElement header : headers) {
            assertEquals("none", header.getAttribute("aria-sort"));
            assertFalse(header.findElements(By.tagName("button")).isEmpty(), "a sort button in " + header.getText());
        }

        WebElement title = headers.get(0);
        title.findElement(By.tagName("button")).click();
        List<String> ascending = titleColumn();
        assertEquals("ascending", title.getAttribute("aria-sort"));
        assertNotEquals(initial, ascending, "pressing Title reorders the rows");
        assertEquals(Set.copyOf(initial), Set.copyOf(ascending), "the same rows");
        assertTrue(ascending.indexOf("AI Policy") < ascending.indexOf("Data for AI Policy"), ascending.toString());

        title.findElement(By.tagName("button")).click();
        List<String> descending = titleColumn();
        assertEquals("descending", title.getAttribute("aria-sort"));
        List<String> reversed = new ArrayList<>(ascending);
        Collections.reverse(reversed);
        assertEquals(reversed, descending);

        WebElement kind = headers.get(1);
        kind.findElement(By.tagName("button")).click();
        assertEquals("ascending", kind.getAttribute("aria-sort"));
        assertEquals("none", title.getAttribute("aria-sort"), "one column sorts at a time");
        List<String> kinds = driver.findElements(By.cssSelector("table.sortable tbody tr td:nth-of-type(1)"))
                .stream().map(WebElement::getText).toList();
        assertEquals(kinds.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList(), kinds);
    }

    /**
     * A page of every kind, over HTTP: each top-level page, and each folder's index and first
     * page. Each loads without console errors and links only to files that exist. (All 110-odd
     * pages would take the browser about 40 s here.)
     */
    @Test
    void aPageOfEveryKindLoadsCleanlyAndLinksToFilesThatExist() throws IOException {
        List<String> pages = new ArrayList<>();
        try (Stream<Path> entries = Files.list(out.resolve(LATEST))) {
            for (Path entry : entries.sorted().toList()) {
                if (entry.toString().endsWith(".html")) {
                    pages.add(entry.getFileName().toString());
                } else if (Files.isRegularFile(entry.resolve("index.html"))) {
                    pages.add(entry.getFileName() + "/index.html");
                }
                if (Files.isDirectory(entry)) {
                    try (Stream<Path> files = Files.list(entry)) {
                        files.map(file -> file.getFileName().toString())
                                .filter(name -> name.endsWith(".html") && !name.equals("index.html"))
                                .sorted().findFirst().ifPresent(name -> pages.add(entry.getFileName() + "/" + name));
                    }
                }
            }
        }
        assertTrue(pages.size() >= 20, pages.toString());
        String base = Origin.HTTP.base();
        Set<String> broken = new TreeSet<>();
        for (String page : pages) {
            open(Origin.HTTP, LATEST + "/" + page);
            @SuppressWarnings("unchecked")
            List<String> links = (List<String>) driver.executeScript(
                    "return Array.from(document.querySelectorAll('a[href]'), a => new URL(a.getAttribute('href'), document.baseURI).href);");
            // getAttribute, not .href: the dashboard's SVG charts hold links too, whose href is no string.
            for (String link : links) {
                String target = link.replaceFirst("[#?].*$", "");
                if (target.startsWith(base) && !Files.isRegularFile(out.resolve(target.substring(base.length())))) {
                    broken.add(page + " -> " + link);
                }
            }
        }
        assertEquals(Set.of(), broken, "links to missing files");
    }

    @Test
    void consoleCheckCatchesAFailedScriptLoad() {
        open(Origin.HTTP, LATEST + "/index.html");
        ((JavascriptExecutor) driver).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "var s = document.createElement('script'); s.src = 'assets/missing.js';"
                        + "s.onerror = function () { done(); }; document.head.appendChild(s);");
        List<LogEntry> severe = Console.errors(driver);
        assertTrue(severe.stream().anyMatch(e -> e.getMessage().contains("missing.js")),
                "a missing script is reported: " + severe);
    }

    @Test
    void dashboardRendersWithTheThemeApplied() throws IOException {
        open(Origin.HTTP, LATEST + "/index.html");
        WebElement nav = driver.findElement(By.cssSelector("nav.sections"));
        assertTrue(nav.isDisplayed());
        String background = driver.findElement(By.cssSelector("header.masthead")).getCssValue("background-color");
        assertNotEquals("rgba(0, 0, 0, 0)", background, "style.css is applied to the masthead");
        Path screenshots = Files.createDirectories(Path.of("target", "browser"));
        Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, screenshots.resolve("dashboard.png"), StandardCopyOption.REPLACE_EXISTING);
    }

    // --- helpers ---------------------------------------------------------------------------

    private static void open(Origin origin, String path) {
        driver.get(origin.url(path));
        waitForPage();
        Console.assertClean(driver);
    }

    /** Clicks a link and waits for the page it leads to. */
    private static void follow(WebElement link) {
        String href = link.getDomProperty("href");
        link.click();
        waitForUrl(href);
        waitForPage();
        Console.assertClean(driver);
    }

    private static void waitForUrl(String expected) {
        new WebDriverWait(driver, WAIT).withMessage(() -> "expected to reach " + expected + ", still on "
                + driver.getCurrentUrl()).until(d -> d.getCurrentUrl().equals(expected));
    }

    /** Loaded, and site.js has filled the version switcher from versions.js. */
    private static void waitForPage() {
        new WebDriverWait(driver, WAIT).until(d -> "complete".equals(
                ((JavascriptExecutor) d).executeScript("return document.readyState")));
        new WebDriverWait(driver, WAIT).withMessage(() -> "version switcher not filled on " + driver.getCurrentUrl())
                .until(d -> new Select(d.findElement(By.id("version-switcher"))).getOptions().size() == 2);
    }

    private static String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    private static Select switcher() {
        return new Select(driver.findElement(By.id("version-switcher")));
    }

    private static WebElement banner() {
        return driver.findElement(By.id("old-version"));
    }

    private static List<String> crumbs() {
        return driver.findElements(By.cssSelector("nav.breadcrumbs li")).stream().map(WebElement::getText).toList();
    }

    private static WebElement crumb(String label) {
        return driver.findElement(By.cssSelector("nav.breadcrumbs")).findElement(By.linkText(label));
    }

    private static List<String> titleColumn() {
        return driver.findElements(By.cssSelector("table.sortable tbody th")).stream()
                .map(WebElement::getText).toList();
    }
}
