package org.aimsbook.maven;

import java.io.IOException;
import org.aimsbook.BuildOptions;
import org.aimsbook.BuildReport;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/** Checks the content and, when it passes, builds a version of the handbook site, like {@code aimsbook build}. */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class BuildMojo extends BuildingMojo {

    @Override
    void run() throws IOException, MojoFailureException {
        BuildOptions options = buildOptions();
        BuildReport report = handbook().build(options);
        report(report.check(), report.outcome(options));
    }
}
