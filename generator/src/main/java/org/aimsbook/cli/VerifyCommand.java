package org.aimsbook.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.aimsbook.Handbook;
import org.aimsbook.publish.snapshot.Verification;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code aimsbook verify ARCHIVE}: exit 0 when intact, 1 when a file was added, removed or altered. */
@Command(
        name = "verify",
        mixinStandardHelpOptions = true,
        description = {"Re-computes the SHA-256 of every file of a snapshot archive and compares it with its manifest.",
            "Exits 1 and names each file added, missing or altered. Compare the archive's SHA-256 it prints with the",
            "one handed over with it: whoever alters files can also rewrite the manifest."})
final class VerifyCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "ARCHIVE", description = "The snapshot archive, aims-….zip.")
    private Path archive;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter console = spec.commandLine().getOut();
        Verification verification = Handbook.verify(archive);
        var manifest = verification.manifest();
        console.println(manifest.organization() + ", version " + manifest.version() + ", " + manifest.edition() + " edition, "
                + manifest.files().size() + " files, source " + manifest.sourceCommit().orElse("not in Git")
                + ", written by aimsbook " + manifest.tool());
        console.println("archive  sha256 " + verification.archiveSha256());
        console.println("manifest sha256 " + verification.manifestSha256());
        list(console, "added", verification.added());
        list(console, "missing", verification.missing());
        list(console, "altered", verification.altered());
        int problems = verification.added().size() + verification.missing().size() + verification.altered().size();
        console.println(verification.intact() ? "intact: every file matches the manifest"
                : "NOT INTACT: " + problems + (problems == 1 ? " file differs" : " files differ") + " from the manifest");
        console.flush();
        return verification.intact() ? 0 : Main.CONTENT_ERRORS;
    }

    private static void list(PrintWriter console, String what, List<String> names) {
        names.forEach(name -> console.println(what + ": " + name));
    }
}
