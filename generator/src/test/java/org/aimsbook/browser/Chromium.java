package org.aimsbook.browser;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.logging.Level;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * A headless Chromium driven through the system's chromedriver (Debian: packages
 * {@code chromium} and {@code chromium-driver}). Nothing is downloaded: both executables are
 * named explicitly, so Selenium Manager is never consulted.
 */
public final class Chromium {
    /** Override with {@code -Dchromium.binary=...} where the browser lives elsewhere. */
    static final Path BROWSER = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    /** Override with {@code -Dchromedriver.binary=...}. */
    static final Path DRIVER = Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));

    /** Why the browser tests skip. */
    static final String MISSING = "no Chromium at " + BROWSER + " or no chromedriver at " + DRIVER
            + " (Debian: apt-get install chromium chromium-driver; elsewhere set -Dchromium.binary=..."
            + " and -Dchromedriver.binary=...)";

    private Chromium() {
    }

    /**
     * Whether a browser and driver are installed. Developers without them still get a green
     * build: the browser tests skip. CI ({@code .ci/run}) installs them and sets
     * {@code AIMSBOOK_REQUIRE_BROWSER=true}, so there a missing browser fails instead.
     */
    static boolean available() {
        boolean installed = Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
        if (!installed && "true".equals(System.getenv("AIMSBOOK_REQUIRE_BROWSER"))) {
            fail("AIMSBOOK_REQUIRE_BROWSER is set, but there is " + MISSING);
        }
        return installed;
    }

    /** Starts a headless browser with a fresh profile in {@code profile}. */
    public static ChromeDriver start(Path profile) throws IOException {
        System.setProperty("webdriver.chrome.driver", DRIVER.toString());

        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--no-first-run",
                "--no-default-browser-check",
                // The network is closed: background traffic only produces refused connections.
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-quic",
                "--window-size=1280,900",
                "--user-data-dir=" + Files.createDirectories(profile).toAbsolutePath());
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);

        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER.toString()))
                .usingAnyFreePort()
                .withSilent(true)
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
        return driver;
    }
}
