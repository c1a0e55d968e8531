package org.aimsbook.stage;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Where the render and index stages write the files of a version: a stage being built from
 * nothing ({@link StagedFiles}), or a published version kept up to date in place by a preview
 * ({@link LiveFiles}). The stages write through it and read back only what they wrote.
 */
public interface SiteFiles {

    /** The version's folder, where what was written can be read back. */
    Path folder();

    /**
     * Writes a file of the version, creating its folders.
     *
     * @param relative the file's path within the version, with {@code /}
     */
    void write(String relative, byte[] bytes) throws IOException;
}
