package org.aimsbook.publish;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What a publish left in the output folder.
 *
 * @param folder the folder of the version just built
 * @param version its name
 * @param latest the version {@code latest/} now shows, if any is not a draft
 * @param versions every published version, oldest first
 */
public record Published(Path folder, String version, Optional<String> latest, List<String> versions) {
}
