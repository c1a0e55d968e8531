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
 * Checks the content and, when it passes, writes the Statement of Applicability as an OSCAL
 * catalog ({@code catalog.json}) and System Security Plan ({@code ssp.json}), like
 * {@code aimsbook export oscal}.
 */
@Mojo(name = "export-oscal", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class ExportOscalMojo extends PublishingMojo {

    /** The folder to write {@code catalog.json} and {@code ssp.json} into. */
    @Parameter(property = "aimsbook.oscal", defaultValue = "${project.build.directory}/oscal", required = true)
    private File oscal;

    /** Put before page paths in evidence links, e.g. {@code ../1.0/}; none for files placed in the version's folder. */
    @Parameter(property = "aimsbook.pages", defaultValue = "")
    private String pages;

    @Override
    void run() throws IOException, MojoFailureException {
        ExportOptions options = new ExportOptions(ExportOptions.Format.OSCAL, oscal.toPath(), version(), edition(),
                pages == null ? "" : pages, LocalDate.now(), strict());
        ExportReport report = handbook().export(options);
        report(report.check(), List.of(report.outcome(options)));
    }
}
