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
        System.out.println("| documents | snapshot | files | archive | entries other than the site |");
        System.out.println("|---|---|---|---|---|");
        for (int size : sizes) {
            Path content = Files.createTempDirectory("aimsbook-snapshot-bench");
            int written = SyntheticAims.write(content, size);
            Path out = Files.createTempDirectory("aimsbook-snapshot-out");
            long start = System.nanoTime();
            SnapshotReport report = Handbook.load(content).snapshot(new SnapshotOptions(new BuildOptions(out.resolve("site"),
                    Optional.of("1.0"), Classification.INTERNAL, Optional.empty(), LocalDate.parse("2026-11-27"), false),
                    out.resolve("archives")));
            double seconds = (System.nanoTime() - start) / 1e9;
            Path archive = report.archive().orElseThrow(() -> new IllegalStateException(report.build().check().text()));
            StringBuilder others = new StringBuilder();
            try (ZipFile zip = new ZipFile(archive.toFile())) {
                zip.stream().filter(entry -> !entry.getName().startsWith("site/"))
                        .forEach(entry -> others.append(others.length() == 0 ? "" : ", ").append(entry.getName()).append(' ')
                                .append(String.format("%,d KiB", (entry.getSize() + 1023) / 1024)));
            }
            System.out.printf("| %,d | %.1f s | %,d | %,d KiB | %s |%n", written, seconds, report.files(),
                    Files.size(archive) / 1024, others);
        }
        System.out.printf("%d cores, Java %s%n", Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
    }
}
