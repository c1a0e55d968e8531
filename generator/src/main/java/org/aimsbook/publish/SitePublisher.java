package org.aimsbook.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.aimsbook.render.RenderFailure;
import java.util.List;
import java.util.Optional;

/**
 * The publish stage: puts a freshly rendered version into the output folder. The version is
 * rendered into a staging folder and moved into place only when complete, so a failed build
 * leaves the previous output as it was; other versions' folders are never touched.
 */
public final class SitePublisher {

    /** Writes a complete version into an empty folder. */
    @FunctionalInterface
    public interface Writer {
        void write(Path stage) throws IOException;
    }

    private SitePublisher() {
    }

    /**
     * @param out the output folder; created and marked if new, refused if it holds others' files
     * @param content the content folder, which the output may not overlap
     * @param edition the audience the version was rendered for; an output folder holds one edition
     * @throws IOException when the output cannot be claimed or written, or the writer fails
     */
    public static Published publish(Path out, Path content, String version, String edition, Writer writer) throws IOException {
        if (!Versions.acceptable(version)) {
            throw new IOException("version `" + version + "` cannot name a folder; use letters, digits, dots, dashes and plus signs");
        }
        OutputFolder.claim(out, content, edition);
        OutputFolder.recover(out);
        Path stage = out.resolve(".building-" + version);
        OutputFolder.deleteTree(stage);
        Files.createDirectories(stage);
        try {
            writer.write(stage);
            Files.writeString(stage.resolve(Versions.VERSION_MARKER), version + "\n");
        } catch (RenderFailure e) {
            OutputFolder.deleteTree(stage);
            throw e;
        } catch (IOException e) {
            OutputFolder.deleteTree(stage);
            // A failed write ("No space left on device") names no file; the user needs the folder.
            throw new IOException("cannot write version " + version + " into " + out + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            OutputFolder.deleteTree(stage);
            throw e;
        }
        Path folder = out.resolve(version);
        OutputFolder.swap(stage, folder);

        List<String> versions = Versions.published(out);
        Optional<String> latest = Versions.latest(versions);
        if (latest.isPresent()) {
            Path latestStage = out.resolve(".building-latest");
            OutputFolder.deleteTree(latestStage);
            OutputFolder.linkTree(out.resolve(latest.get()), latestStage);
            Files.delete(latestStage.resolve(Versions.VERSION_MARKER));
            OutputFolder.swap(latestStage, out.resolve("latest"));
        }
        String json = Versions.json(versions, latest);
        OutputFolder.writeAtomically(out.resolve("versions.json"), json);
        OutputFolder.writeAtomically(out.resolve("versions.js"), Versions.script(json));
        OutputFolder.writeAtomically(out.resolve("index.html"), redirect(latest.map(l -> "latest").orElse(version)));
        return new Published(folder, version, latest, versions);
    }

    /**
     * The folder of the newest published, non-draft version older than {@code version}, which
     * "changes since" compares with; empty for a new output folder or a first version.
     */
    public static Optional<Path> previous(Path out, String version) throws IOException {
        if (!Files.exists(out.resolve(OutputFolder.MARKER))) {
            return Optional.empty();
        }
        return Versions.previous(Versions.published(out), version).map(out::resolve);
    }

    /** A version already in the output folder, as publishing it left it. */
    public static Optional<Published> published(Path out, String version) throws IOException {
        if (!Files.exists(out.resolve(OutputFolder.MARKER)) || !Files.exists(out.resolve(version).resolve(Versions.VERSION_MARKER))) {
            return Optional.empty();
        }
        List<String> versions = Versions.published(out);
        return Optional.of(new Published(out.resolve(version), version, Versions.latest(versions), versions));
    }

    /** The version {@code latest/} shows or, when every version is a draft, the newest draft. */
    public static Optional<String> newest(Path out) throws IOException {
        if (!Files.exists(out.resolve(OutputFolder.MARKER))) {
            return Optional.empty();
        }
        List<String> versions = Versions.published(out);
        return Versions.latest(versions).or(() -> versions.stream().reduce((first, second) -> second));
    }

    /** The output folder's front page: straight on to the newest version. */
    private static String redirect(String folder) {
        String target = folder + "/index.html";
        // The icon is named so that browsers do not ask the server for /favicon.ico meanwhile. The page
        // runs nothing and loads only that icon, and its policy says so, like every page of the theme.
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src 'self'; base-uri 'none'; form-action 'none'\">\n"
                + "<link rel=\"icon\" href=\"" + folder + "/assets/favicon.svg\" type=\"image/svg+xml\">\n"
                + "<meta http-equiv=\"refresh\" content=\"0; url=" + target + "\">\n<title>Handbook</title>\n</head>\n"
                + "<body>\n<p><a href=\"" + target + "\">Open the handbook</a></p>\n</body>\n</html>\n";
    }
}
