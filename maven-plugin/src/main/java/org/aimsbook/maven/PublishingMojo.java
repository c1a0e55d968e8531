package org.aimsbook.maven;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.aimsbook.model.Classification;
import org.aimsbook.model.meta.Names;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/** A goal that publishes a version for an audience: {@code build}, {@code snapshot}, {@code export-oscal}. */
abstract class PublishingMojo extends CheckingMojo {

    /** The handbook version; the project's version unless set. */
    @Parameter(property = "aimsbook.version", defaultValue = "${project.version}")
    private String version;

    /** The audience, {@code public}, {@code internal} or {@code confidential}: documents classified above it are left out. */
    @Parameter(property = "aimsbook.edition", defaultValue = "internal", required = true)
    private String edition;

    Optional<String> version() {
        return Optional.ofNullable(version);
    }

    Classification edition() throws MojoFailureException {
        for (Classification classification : Classification.values()) {
            if (Names.value(classification).equals(edition.toLowerCase(Locale.ROOT))) {
                return classification;
            }
        }
        throw new MojoFailureException("aimsbook.edition `" + edition + "` is none of "
                + Arrays.stream(Classification.values()).map(Names::value).collect(Collectors.joining(", ")));
    }
}
