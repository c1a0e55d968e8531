package org.aimsbook.maven;

import java.io.File;
import java.time.LocalDate;
import java.util.Optional;
import org.aimsbook.BuildOptions;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/** A goal that builds the site: {@code build}, and {@code snapshot}, which archives what it built. */
abstract class BuildingMojo extends PublishingMojo {

    /** The site's output folder, one folder per version inside. */
    @Parameter(property = "aimsbook.output", defaultValue = "${project.build.directory}/handbook", required = true)
    private File output;

    /** A theme folder overriding the default theme's templates and assets; else the one aims.yaml names, if any. */
    @Parameter(property = "aimsbook.theme")
    private File theme;

    /** The build's options, due dates judged as of today as the CLI does by default. */
    BuildOptions buildOptions() throws MojoFailureException {
        return new BuildOptions(output.toPath(), version(), edition(), Optional.ofNullable(theme).map(File::toPath),
                LocalDate.now(), strict());
    }
}
