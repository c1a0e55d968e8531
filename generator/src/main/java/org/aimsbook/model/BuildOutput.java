package org.aimsbook.model;

import java.nio.file.Path;

/**
 * The build output a content folder may hold: {@code target/} at its top, where Maven writes
 * when the content folder is a Maven project, and where {@code aimsbook build} run inside the
 * content folder writes by default. It is not content: the loader does not read it, the
 * content digest leaves it out, and a build may publish into it (nowhere else in the content).
 */
public final class BuildOutput {
    /** The folder's name, at the top of the content folder only. */
    public static final String FOLDER = "target";

    private BuildOutput() {
    }

    /** Whether a path relative to the content folder lies in its build output. */
    public static boolean holds(Path relative) {
        return relative.getNameCount() > 0 && relative.getName(0).toString().equals(FOLDER);
    }
}
