package org.aimsbook.browser;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/** The browser's console: a page that works logs no errors, failed loads of its scripts included. */
final class Console {
    private Console() {
    }

    /** Fails with every error logged since the last look; reading the log empties it. */
    static void assertClean(WebDriver driver) {
        List<LogEntry> severe = errors(driver);
        if (!severe.isEmpty()) {
            fail("console errors on " + driver.getCurrentUrl() + ":\n" + severe.stream()
                    .map(LogEntry::getMessage).collect(Collectors.joining("\n")));
        }
    }

    /** The errors logged since the last look; reading the log empties it. */
    static List<LogEntry> errors(WebDriver driver) {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .toList();
    }
}
