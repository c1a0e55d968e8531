package org.aimsbook.publish.snapshot;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/** Re-computes every hash of a snapshot and compares it with its manifest. */
public final class SnapshotVerifier {
    private SnapshotVerifier() {
    }

    /**
     * @throws IOException when the file is not a zip or holds no readable manifest: then there
     *                     is nothing to verify against
     */
    public static Verification verify(Path archive) throws IOException {
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            ZipEntry manifestEntry = zip.getEntry(Manifest.NAME);
            if (manifestEntry == null) {
                throw new IOException(archive + " is not an aimsbook snapshot: it has no " + Manifest.NAME);
            }
            byte[] manifestBytes;
            try (InputStream in = zip.getInputStream(manifestEntry)) {
                manifestBytes = in.readAllBytes();
            }
            Manifest manifest = Manifest.read(manifestBytes);
            Map<String, String> expected = manifest.files();
            List<String> added = new ArrayList<>();
            Set<String> altered = new TreeSet<>();
            Set<String> seen = new HashSet<>();
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                if (entry.isDirectory()) {
                    continue;
                }
                if (!seen.add(name)) {
                    // A second entry of one name: readers differ on which they show.
                    altered.add(name);
                    continue;
                }
                if (name.equals(Manifest.NAME)) {
                    continue;
                }
                if (!expected.containsKey(name)) {
                    added.add(name);
                    continue;
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    if (!ContentDigest.sha256(in).equals(expected.get(name))) {
                        altered.add(name);
                    }
                } catch (ZipException damaged) {
                    altered.add(name);
                }
            }
            List<String> missing = expected.keySet().stream().filter(name -> !seen.contains(name)).toList();
            return new Verification(manifest, ContentDigest.sha256(archive),
                    ContentDigest.sha256(new ByteArrayInputStream(manifestBytes)),
                    added.stream().sorted().toList(), missing, List.copyOf(altered));
        } catch (ZipException notAZip) {
            throw new IOException(archive + " is not a zip archive: " + notAZip.getMessage(), notAZip);
        }
    }
}
