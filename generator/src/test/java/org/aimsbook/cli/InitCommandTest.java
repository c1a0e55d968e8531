package org.aimsbook.cli;

import static org.aimsbook.cli.MainTest.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.aimsbook.BuildOptions;
import org.aimsbook.BuildReport;
import org.aimsbook.CheckReport;
import org.aimsbook.Handbook;
import org.aimsbook.Sites;
import org.aimsbook.Version;
import org.aimsbook.check.CheckOptions;
import org.aimsbook.model.Aims;
import org.aimsbook.model.Classification;
import org.aimsbook.model.DocumentType;
import org.aimsbook.model.ImplementationStatus;
import org.aimsbook.model.SoaDecision;
import org.aimsbook.model.StatementOfApplicability;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

class InitCommandTest {
    @TempDir
    Path temp;

    @Test
    void initialisedContentPassesStrictCheckTodayAndForElevenMonths() throws IOException {
        Path content = initialised("Acme Robotics GmbH");

        for (LocalDate day : List.of(LocalDate.now(), LocalDate.now().plusMonths(11))) {
            CheckReport report = Handbook.load(content).check(new CheckOptions(day, true));
            assertEquals(List.of(), report.diagnostics().all(), report.text());
            assertEquals(14, report.documents());
        }
    }

    @Test
    void initialisedContentBuildsAHandbookWithTheOrganizationsName() throws IOException {
        Path content = initialised("Acme Robotics GmbH");
        Path out = temp.resolve("site");

        BuildReport report = Handbook.load(content).build(new BuildOptions(out, Optional.of("0.1"), Classification.INTERNAL,
                Optional.empty(), LocalDate.now(), true));

        assertTrue(report.published().isPresent(), report.check().text());
        org.jsoup.nodes.Document home = Jsoup.parse(out.resolve("0.1/index.html").toFile(), "UTF-8");
        assertTrue(home.text().contains("Acme Robotics GmbH"), home.text());
    }

    @Test
    void soaPlansEveryAnnexAControl() throws IOException {
        Path content = initialised("Acme");

        StatementOfApplicability soa = Handbook.load(content).content().soa().orElseThrow();

        assertEquals(38, soa.decisions().size());
        for (SoaDecision decision : soa.decisions()) {
            assertTrue(decision.applicable(), decision.control());
            assertEquals(ImplementationStatus.PLANNED, decision.status(), decision.control());
            assertEquals(Optional.of(LocalDate.now().plusMonths(12)), decision.target(), decision.control());
        }
    }

    @Test
    void organizationNameIsWrittenAsTextWhateverItHolds() throws IOException {
        Path content = initialised("Acme \"Robots\" & Sons: #1 \\ AI");

        Aims aims = Handbook.load(content).content().aims().orElseThrow();

        assertEquals("Acme \"Robots\" & Sons: #1 \\ AI", aims.organization().name());
        assertEquals("Acme \"Robots\" & Sons: #1 \\ AI AI Management System Handbook", aims.title());
    }

    @Test
    void organizationNameOfSeveralLinesIsRefused() {
        MainTest.Run run = run("init", temp.resolve("content").toString(), "--org", "Acme\nGmbH");

        assertEquals(2, run.exit());
        assertEquals("aimsbook: the organization's name must be one line of text\n", run.err());
        assertFalse(Files.exists(temp.resolve("content")));
    }

    @Test
    void editorSettingsMapEverySchemaToItsFolder() throws IOException {
        Path content = initialised("Acme");

        JsonNode schemas = new ObjectMapper().readTree(content.resolve(".vscode/settings.json").toFile()).get("yaml.schemas");

        assertEquals(DocumentType.values().length, schemas.size());
        for (DocumentType type : DocumentType.values()) {
            String schema = "_schemas/" + type.schemaFile();
            assertTrue(Files.isRegularFile(content.resolve(schema)), schema);
            String glob = type.single() ? type.place() : type.place() + "/**/*.yaml";
            assertEquals(List.of(glob), List.of(schemas.get(schema).get(0).asText()), schema);
        }
    }

    @Test
    void everyYamlDocumentNamesItsSchemaOnItsFirstLine() throws IOException {
        Path content = initialised("Acme");

        List<Path> yaml;
        try (Stream<Path> files = Files.walk(content)) {
            yaml = files.filter(file -> file.toString().endsWith(".yaml")).toList();
        }
        assertEquals(13, yaml.size());
        for (Path file : yaml) {
            String first = Files.readAllLines(file).get(0);
            String schema = first.substring(first.indexOf("$schema=") + "$schema=".length());
            assertTrue(first.startsWith("# yaml-language-server: $schema="), file.toString());
            String type = content.relativize(file).getNameCount() == 1 ? file.getFileName().toString().replace(".yaml", "")
                    : DocumentType.ofPlace(content.relativize(file).getName(0).toString()).orElseThrow().refKind().prefix();
            assertTrue(schema.endsWith("_schemas/" + type + ".schema.json"), first);
            assertTrue(Files.isRegularFile(file.getParent().resolve(schema)), first);
        }
    }

    @Test
    void pomRunsTheMavenPluginOfThisVersion() throws Exception {
        Path content = initialised("Acme Robotics GmbH");

        org.w3c.dom.Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(content.resolve("pom.xml").toFile());

        assertEquals("acme-robotics-gmbh-aims", pom.getDocumentElement().getElementsByTagName("artifactId").item(0).getTextContent());
        Element plugin = (Element) pom.getElementsByTagName("plugin").item(0);
        assertEquals("aimsbook-maven-plugin", plugin.getElementsByTagName("artifactId").item(0).getTextContent());
        assertEquals(Version.current(), plugin.getElementsByTagName("version").item(0).getTextContent());
        List<String> goals = Stream.iterate(0, i -> i < plugin.getElementsByTagName("goal").getLength(), i -> i + 1)
                .map(i -> plugin.getElementsByTagName("goal").item(i).getTextContent())
                .toList();
        assertEquals(List.of("check", "build", "snapshot"), goals);
        assertTrue(Files.readString(content.resolve(".gitignore")).lines().anyMatch("target/"::equals));
    }

    @Test
    void pomBuildsAsTheExampleContentRepositoryDoes() throws IOException {
        Path content = initialised("Acme Robotics GmbH");
        // The plugin section, the part a user's repository shares with content/pom.xml.
        assertEquals(build(Files.readString(Sites.EXAMPLE.resolve("pom.xml"))), build(Files.readString(content.resolve("pom.xml"))));
    }

    private static String build(String pom) {
        return pom.substring(pom.indexOf("<build>"), pom.indexOf("</build>"));
    }

    @Test
    void nonEmptyFolderIsRefusedAndLeftAsItWas() throws IOException {
        Path content = Files.createDirectories(temp.resolve("content"));
        Files.writeString(content.resolve("notes.txt"), "mine");

        MainTest.Run run = run("init", content.toString());

        assertEquals(2, run.exit());
        assertEquals("aimsbook: " + content + " is not empty; choose an empty folder, or pass --force to add only the files that are missing\n",
                run.err());
        try (Stream<Path> entries = Files.list(content)) {
            assertEquals(List.of(content.resolve("notes.txt")), entries.toList());
        }
    }

    @Test
    void fileInsteadOfAFolderIsRefused() throws IOException {
        Path file = Files.writeString(temp.resolve("content"), "mine");

        MainTest.Run run = run("init", file.toString(), "--force");

        assertEquals(2, run.exit());
        assertEquals("aimsbook: " + file + " is a file, not a folder\n", run.err());
        assertEquals("mine", Files.readString(file));
    }

    @Test
    void forceAddsWhatIsMissingAndNeverOverwritesAFile() throws IOException {
        Path content = Files.createDirectories(temp.resolve("content"));
        byte[] mine = "# yaml-language-server: $schema=_schemas/aims.schema.json\nid: mine\n".getBytes(StandardCharsets.UTF_8);
        Files.write(content.resolve("aims.yaml"), mine);
        Files.createDirectories(content.resolve("_schemas"));
        Files.write(content.resolve("_schemas/role.schema.json"), mine);

        MainTest.Run run = run("init", content.toString(), "--force");

        assertEquals(0, run.exit(), run.err());
        assertArrayEquals(mine, Files.readAllBytes(content.resolve("aims.yaml")));
        assertArrayEquals(mine, Files.readAllBytes(content.resolve("_schemas/role.schema.json")));
        assertTrue(Files.isRegularFile(content.resolve("soa.yaml")));
        assertTrue(run.out().startsWith("kept aims.yaml (already there)\nkept _schemas/role.schema.json (already there)\n"), run.out());
        assertTrue(run.out().endsWith("wrote 26 files to " + content + "; next: aimsbook check " + content + "\n"), run.out());
    }

    private Path initialised(String organization) {
        Path content = temp.resolve("content");
        MainTest.Run run = run("init", content.toString(), "--org", organization);
        assertEquals(0, run.exit(), run.err());
        assertEquals("wrote 28 files to " + content + "; next: aimsbook check " + content + "\n", run.out());
        return content;
    }
}
