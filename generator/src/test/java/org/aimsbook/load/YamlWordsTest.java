package org.aimsbook.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.aimsbook.Fixtures;
import org.aimsbook.Handbook;
import org.aimsbook.check.CheckOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** YAML words are read as writers mean them, not as a parser's edge cases. */
class YamlWordsTest {
    @TempDir
    Path temp;

    private List<String> problems(Path content, String asOf) throws IOException {
        return Handbook.load(content).check(new CheckOptions(LocalDate.parse(asOf), false))
                .diagnostics().all().stream().map(d -> d.at().file() + ":" + d.at().line() + " " + d.rule().id()).toList();
    }

    @Test
    void unquotedOffSwitchesARuleOff() throws IOException {
        Path content = Fixtures.content("base", temp);
        Files.writeString(content.resolve("aims.yaml"), Files.readString(content.resolve("aims.yaml")) + "rules:\n  REVIEW-OVERDUE: off\n  ACTION-OVERDUE: off\n");

        assertEquals(List.of(), problems(content, "2028-01-01"));
    }

    @Test
    void emptyValueCountsAsNotWritten() throws IOException {
        Path content = Fixtures.content("base", temp);
        Path data = content.resolve("data/chat-logs.yaml");
        Files.writeString(data, Files.readString(data).replace("owner: role:aims-manager", "owner:"));

        assertEquals(List.of("data/chat-logs.yaml:1 OWNER-MISSING"), problems(content, "2026-11-27"));
    }
}
