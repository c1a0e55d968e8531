package org.aimsbook.maven;

import java.io.File;
import java.io.IOException;
import java.util.List;
import org.aimsbook.CheckReport;
import org.aimsbook.Handbook;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/** A goal that loads and checks the content first, as every CLI command on content does. */
abstract class CheckingMojo extends AimsbookMojo {

    /**
     * The content folder. By default the project's folder: a content repository's pom sits
     * beside {@code aims.yaml}, and its {@code target/} is not read as content.
     */
    @Parameter(property = "aimsbook.content", defaultValue = "${project.basedir}", required = true)
    private File content;

    /** Treat warnings as errors. */
    @Parameter(property = "aimsbook.strict", defaultValue = "false")
    private boolean strict;

    /**
     * The content, loaded from an absolute path: the diagnostics' paths are then absolute too,
     * so IDEs link them whichever folder Maven was started in.
     */
    Handbook handbook() throws IOException {
        return Handbook.load(content.getAbsoluteFile().toPath());
    }

    boolean strict() {
        return strict;
    }

    /**
     * Logs the check and the outcome; fails the build, with the summary as its one line, when the
     * content did not pass.
     *
     * @param outcome what the goal made of it, as the CLI prints it below the diagnostics
     */
    void report(CheckReport check, List<String> outcome) throws MojoFailureException {
        CheckLog.write(check, getLog());
        if (!check.passed()) {
            outcome.forEach(getLog()::error);
            throw new MojoFailureException(check.summary() + " in " + check.folder());
        }
        outcome.forEach(getLog()::info);
    }
}
