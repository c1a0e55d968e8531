package org.aimsbook.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipFile;
import org.aimsbook.BuildOptions;
import org.aimsbook.Handbook;
import org.aimsbook.SnapshotOptions;
import org.aimsbook.SnapshotReport;
import org.aimsbook.model.Classification;

/**
 * Times a snapshot of synthetic AIMSes end to end (load, check, build, exports, archive) and
 * reports the archive: files, size, and the size of each of its auditor documents. Run through
 * {@code bench/snapshot-benchmark.sh}; arguments are document counts (default 1000).
 */
public final class SnapshotBenchmark {
    private SnapshotBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = args.length == 0 ? List.of(1000) : Arrays.stream(args).map(Integer::valueOf).toList();
        System.out.println("| documents | snapshot | again, reusing the site | files | archive | entries other than the site |");
        System.out.println("|---|---|---|---|---|---|");
        for (int size : sizes) {
            Path content = Files.createTempDirectory("aimsbook-snapshot-bench");
            int written = SyntheticAims.write(content, size);
            Path out = Files.createTempDirectory("aimsbook-snapshot-out");
            SnapshotOptions options = new SnapshotOptions(new BuildOptions(out.resolve("site"), Optional.of("1.0"),
                    Classification.INTERNAL, Optional.empty(), LocalDate.parse("2026-11-27"), false), out.resolve("archives"));
            long start = System.nanoTime();
            SnapshotReport report = Handbook.load(content).snapshot(options);
            double seconds = (System.nanoTime() - start) / 1e9;
            // The same again: the version built above is reused, so this is the check, the exports and the archive.
            start = System.nanoTime();
            SnapshotReport again = Handbook.load(content).snapshot(options);
            double reusing = (System.nanoTime() - start) / 1e9;
            if (!again.reused()) {
                throw new IllegalStateException("the second snapshot should have reused the version");
            }
            Path archive = report.archive().orElseThrow(() -> new IllegalStateException(report.build().check().text()));
            StringBuilder others = new StringBuilder();
            try (ZipFile zip = new ZipFile(archive.toFile())) {
                zip.stream().filter(entry -> !entry.getName().startsWith("site/"))
                        .forEach(entry -> others.append(others.length() == 0 ? "" : ", ").append(entry.getName()).append(' ')
                                .append(String.format("%,d KiB", (entry.getSize() + 1023) / 1024)));
            }
            System.out.printf("| %,d | %.1f s | %.1f s | %,d | %,d KiB | %s |%n", written, seconds, reusing, report.files(),
                    Files.size(archive) / 1024, others);
        }
        System.out.printf("%d cores, Java %s%n", Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
    }
}
