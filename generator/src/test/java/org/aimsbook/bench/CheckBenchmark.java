package org.aimsbook.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.aimsbook.CheckReport;
import org.aimsbook.Handbook;
import org.aimsbook.check.CheckOptions;

/**
 * Measures load + check of a synthetic AIMS: wall time per run and the peak heap the JVM
 * reports across its heap pools. Run through {@code bench/check-benchmark.sh}.
 *
 * <p>Arguments: document count (default 10000), runs (default 5).
 */
public final class CheckBenchmark {
    private CheckBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int documents = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path content = Files.createTempDirectory("aimsbook-bench");
        int written = SyntheticAims.write(content, documents);
        System.out.printf("synthetic AIMS: %d documents in %s%n", written, content);
        List<Long> millis = new ArrayList<>();
        long peak = 0;
        for (int run = 1; run <= runs; run++) {
            System.gc();
            heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
            long start = System.nanoTime();
            CheckReport report = Handbook.load(content).check(new CheckOptions(LocalDate.parse("2026-11-27"), false));
            long elapsed = (System.nanoTime() - start) / 1_000_000;
            long runPeak = heapPools().stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
            if (report.documents() != written || !report.diagnostics().all().isEmpty()) {
                throw new IllegalStateException("synthetic content must check clean: " + report.summary());
            }
            millis.add(elapsed);
            peak = Math.max(peak, runPeak);
            System.out.printf("run %d: load+check %d ms, peak heap %d MiB (%s)%n", run, elapsed, runPeak >> 20, report.summary());
        }
        List<Long> sorted = millis.stream().sorted().toList();
        System.out.printf("%d documents: median %d ms, best %d ms (first run %d ms, cold JVM); peak heap %d MiB; %d cores; Java %s%n",
                written, sorted.get(sorted.size() / 2), sorted.get(0), millis.get(0), peak >> 20,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP).toList();
    }
}
