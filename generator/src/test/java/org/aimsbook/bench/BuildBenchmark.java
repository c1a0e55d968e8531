package org.aimsbook.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.aimsbook.BuildOptions;
import org.aimsbook.BuildReport;
import org.aimsbook.Handbook;
import org.aimsbook.model.Classification;
import org.aimsbook.progress.Progress;
import org.aimsbook.progress.Stage;

/**
 * Measures builds of synthetic AIMSes stage by stage, in one JVM, through the {@link Handbook}
 * API: a cold build (fresh output, no conversion cache, Asciidoctor started), a rebuild with
 * nothing changed, and a rebuild after one policy's narrative changed; with the peak heap
 * across heap pools. Stage times come from the build's own progress reports. Run through
 * {@code bench/build-benchmark.sh}. Arguments: the document counts (default 100 1000 10000).
 */
public final class BuildBenchmark {
    private static final List<Stage> STAGES = List.of(Stage.CHECK, Stage.RENDER, Stage.INDEX, Stage.PUBLISH);

    private BuildBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = args.length == 0 ? List.of(100, 1000, 10_000) : java.util.Arrays.stream(args).map(Integer::valueOf).toList();
        System.out.println("| documents | build | pages | load | check | render | index | publish | total | converted | peak heap |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|");
        for (int size : sizes) {
            Path content = Files.createTempDirectory("aimsbook-build-bench");
            int written = SyntheticAims.write(content, size);
            Path out = Files.createTempDirectory("aimsbook-build-out").resolve("site");
            BuildOptions options = new BuildOptions(out, Optional.of("1.0"), Classification.INTERNAL, Optional.empty(),
                    LocalDate.parse("2026-11-27"), false);
            measure(written, "cold", content, options);
            measure(written, "nothing changed", content, options);
            Path policy = content.resolve("policies/policy-1.adoc");
            Files.writeString(policy, Files.readString(policy) + "\nOne more paragraph, added for the benchmark.\n");
            measure(written, "one narrative changed", content, options);
        }
        System.out.printf("%d cores, Java %s%n", Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
    }

    private static void measure(int documents, String build, Path content, BuildOptions options) throws Exception {
        System.gc();
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
        StageTimes times = new StageTimes();
        long start = System.nanoTime();
        Handbook handbook = Handbook.load(content);
        long loaded = System.nanoTime();
        BuildReport report = handbook.reporting(times).build(options);
        long end = System.nanoTime();
        if (report.published().isEmpty()) {
            throw new IllegalStateException("synthetic content must build: " + report.check().text());
        }
        long peak = heapPools().stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        StringBuilder row = new StringBuilder(String.format("| %,d | %s | %,d | %s", documents, build, report.pages(),
                seconds(loaded - start)));
        for (int i = 0; i < STAGES.size(); i++) {
            long until = i + 1 < STAGES.size() ? times.started.get(STAGES.get(i + 1)) : end;
            row.append(" | ").append(seconds(until - times.started.get(STAGES.get(i))));
        }
        row.append(String.format(" | %s | %,d | %d MiB |", seconds(end - start), report.converted(), peak >> 20));
        System.out.println(row);
    }

    /** When each stage began, as the build reported it. */
    private static final class StageTimes implements Progress {
        final Map<Stage, Long> started = new EnumMap<>(Stage.class);

        @Override
        public void begin(Stage stage, int total) {
            started.put(stage, System.nanoTime());
        }

        @Override
        public void advance() {
        }
    }

    private static String seconds(long nanos) {
        return String.format("%.2f s", nanos / 1e9);
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP).toList();
    }
}
