package org.aimsbook.maven;

import java.io.File;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.aimsbook.ExportOptions;
import org.aimsbook.ExportReport;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks the content and, when it passes, writes the site as a JBake 2.7 project, like
 * {@code aimsbook export jbake}.
 */
@Mojo(name = "export-jbake", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class ExportJBakeMojo extends PublishingMojo {

    /** The folder to write the JBake project into; an earlier export there is replaced whole. */
    @Parameter(property = "aimsbook.jbake", defaultValue = "${project.build.directory}/jbake", required = true)
    private File jbake;

    @Override
    void run() throws IOException, MojoFailureException {
        ExportOptions options = new ExportOptions(ExportOptions.Format.JBAKE, jbake.toPath(), version(), edition(), "",
                LocalDate.now(), strict());
        ExportReport report = handbook().export(options);
        report(report.check(), List.of(report.outcome(options)));
    }
}
