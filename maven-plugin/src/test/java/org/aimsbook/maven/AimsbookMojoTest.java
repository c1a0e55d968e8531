package org.aimsbook.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

/** An I/O failure fails the goal with one line naming what and where, as the CLI prints it. */
class AimsbookMojoTest {

    @Test
    void aMissingContentFolderIsNamedInOneLine() {
        AimsbookMojo goal = new AimsbookMojo() {
            @Override
            void run() throws NoSuchFileException {
                throw new NoSuchFileException("/repo/aims");
            }
        };

        MojoExecutionException failed = assertThrows(MojoExecutionException.class, goal::execute);

        assertEquals("no such file or folder: /repo/aims", failed.getMessage());
    }

    @Test
    void anUncheckedFailureIsExplainedByItsCause() {
        AimsbookMojo goal = new AimsbookMojo() {
            @Override
            void run() {
                throw new UncheckedIOException(new NotDirectoryException("/repo/aims.yaml"));
            }
        };

        MojoExecutionException failed = assertThrows(MojoExecutionException.class, goal::execute);

        assertEquals("not a folder: /repo/aims.yaml", failed.getMessage());
    }
}
