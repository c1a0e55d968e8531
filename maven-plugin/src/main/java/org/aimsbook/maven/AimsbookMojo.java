package org.aimsbook.maven;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.aimsbook.FileProblem;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What every aimsbook goal shares: {@code aimsbook.skip}, and I/O failures reported as one line
 * (the path and what went wrong) rather than the stack trace a user cannot act on.
 */
abstract class AimsbookMojo extends AbstractMojo {

    /** Skips the goal, as {@code -Daimsbook.skip} skips every aimsbook goal of a build. */
    @Parameter(property = "aimsbook.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("aimsbook.skip is set: skipped");
            return;
        }
        try {
            run();
        } catch (IOException e) {
            throw new MojoExecutionException(FileProblem.describe(e), e);
        } catch (UncheckedIOException e) {
            throw new MojoExecutionException(FileProblem.describe(e.getCause()), e);
        }
    }

    /** The goal's work. */
    abstract void run() throws IOException, MojoFailureException;
}
