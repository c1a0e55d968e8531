package org.aimsbook.maven;

import java.io.File;
import java.io.IOException;
import org.aimsbook.BuildOptions;
import org.aimsbook.SnapshotOptions;
import org.aimsbook.SnapshotReport;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Builds a version and archives it for auditors, like {@code aimsbook snapshot}:
 * {@code aims-<organization>-<version>-<edition>.zip} with the site, PDFs, SoA exports and a
 * manifest of SHA-256s. Bound to {@code verify}; it runs where a pom lists it, so a repository
 * that wants archives only for releases lists it in a release profile.
 */
@Mojo(name = "snapshot", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class SnapshotMojo extends BuildingMojo {

    /** The folder the archive is written to. */
    @Parameter(property = "aimsbook.snapshots", defaultValue = "${project.build.directory}/snapshots", required = true)
    private File snapshots;

    @Override
    void run() throws IOException, MojoFailureException {
        BuildOptions build = buildOptions();
        SnapshotReport report = handbook().snapshot(new SnapshotOptions(build, snapshots.toPath()));
        report(report.build().check(), report.outcome(build));
    }
}
