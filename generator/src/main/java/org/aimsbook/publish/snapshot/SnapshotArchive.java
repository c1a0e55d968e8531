package org.aimsbook.publish.snapshot;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The snapshot stage: one zip per version and edition holding everything an auditor is
 * handed, with a manifest of every file's SHA-256. The archive is reproducible: entries in
 * name order (the manifest first), every entry stamped with the content's own time, no
 * extra fields, one compression level.
 */
public final class SnapshotArchive {
    /** The earliest time a zip entry can carry (zip stores local date-times from 1980). */
    private static final Instant ZIP_EPOCH = Instant.parse("1980-01-01T00:00:00Z");

    private SnapshotArchive() {
    }

    /**
     * What a snapshot is of.
     *
     * @param content the content folder, fingerprinted into the manifest
     * @param commit the last commit that changed it, if it is in Git
     * @param stamp when the content last changed: SOURCE_DATE_EPOCH, the commit or the newest date in it
     */
    public record Source(String organization, String version, String edition, Path content, java.util.Optional<String> commit,
            Instant stamp, String tool) {
    }

    /** The archive's file name: {@code aims-<organization>-<version>-<edition>.zip}. */
    public static String name(Source source) {
        String organization = source.organization().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-")
                .replaceAll("^-|-$", "");
        return "aims-" + (organization.isEmpty() ? "organization" : organization) + "-" + source.version() + "-"
                + source.edition() + ".zip";
    }

    /**
     * Writes the archive into {@code folder}, replacing one of the same name only once complete.
     *
     * @param files the files to archive by entry name, such as {@code site/index.html}
     * @return the archive written
     */
    public static Path write(Path folder, Source source, Map<String, Path> files) throws IOException {
        SortedMap<String, String> hashes = new TreeMap<>();
        for (Map.Entry<String, Path> file : files.entrySet()) {
            if (file.getKey().equals(Manifest.NAME)) {
                throw new IllegalArgumentException(Manifest.NAME + " is the manifest's own name");
            }
            hashes.put(file.getKey(), ContentDigest.sha256(file.getValue()));
        }
        Instant stamp = source.stamp().isBefore(ZIP_EPOCH) ? ZIP_EPOCH : source.stamp();
        Manifest manifest = new Manifest(Manifest.FORMAT, source.organization(), source.version(), source.edition(),
                source.commit(), ContentDigest.of(source.content()), stamp.toString(), source.tool(), hashes);
        LocalDateTime time = LocalDateTime.ofInstant(stamp, ZoneOffset.UTC);

        Files.createDirectories(folder);
        Path archive = folder.resolve(name(source));
        Path partial = folder.resolve("." + archive.getFileName() + ".part");
        try {
            try (OutputStream out = Files.newOutputStream(partial); ZipOutputStream zip = new ZipOutputStream(out)) {
                zip.setLevel(java.util.zip.Deflater.BEST_COMPRESSION);
                add(zip, Manifest.NAME, time);
                zip.write(manifest.json());
                for (String name : hashes.keySet()) {
                    add(zip, name, time);
                    Files.copy(files.get(name), zip);
                }
            }
            Files.move(partial, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
        return archive;
    }

    /** An archive's own SHA-256, which whoever hands it over gives separately. */
    public static String sha256(Path archive) throws IOException {
        return ContentDigest.sha256(archive);
    }

    private static void add(ZipOutputStream zip, String name, LocalDateTime time) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        // A local date-time, written as is: the time zone of the machine never enters the archive.
        entry.setTimeLocal(time);
        zip.putNextEntry(entry);
    }
}
