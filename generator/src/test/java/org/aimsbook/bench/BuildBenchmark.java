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
import org.aimsbook.render.AsciiDocConverter;

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
            measure(written, "cold", content, options, null);
            measure(written, "nothing changed", content, options, null);
            Path policy = content.resolve("policies/policy-1.adoc");
            Files.writeString(policy, Files.readString(policy) + "\nOne more paragraph, added for the benchmark.\n");
            measure(written, "one narrative changed", content, options, null);
            // As serve rebuilds: one Asciidoctor kept across builds, the JVM warmed by the builds before.
            try (AsciiDocConverter converter = new AsciiDocConverter(content.toRealPath())) {
                for (int edit = 0; edit < 5; edit++) {
                    Files.writeString(policy, Files.readString(policy) + "\nEdit " + edit + ".\n");
                    measure(written, "edit " + (edit + 1) + ", Asciidoctor kept", content, options, converter);
                }
            }
        }
        System.out.printf("%d cores, Java %s%n", Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
    }

    /** @param converter the converter to keep, or null for one started by the build */
    private static void measure(int documents, String build, Path content, BuildOptions options, AsciiDocConverter converter)
            throws Exception {
        System.gc();
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
        StageTimes times = new StageTimes();
        long start = System.nanoTime();
        Handbook handbook = Handbook.load(content);
        long loaded = System.nanoTime();
        BuildReport report = converter == null ? handbook.reporting(times).build(options)
                : handbook.reporting(times).build(options, converter);
        long end = System.nanoTime();
        if (report.published().isEmpty()) {
            throw new IllegalStateException("synthetic content must build: " + report.check().text());
        }
        long peak = heapPools().stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        StringBuilder row = new StringBuilder(String.format("| %,d | %s | %,d | %s", documents, build, report.pages(),
                seconds(loaded - start)));
        for (int i = 0; i < STAGES.size(); i++) {
            Long begun = times.started.get(STAGES.get(i));
            if (begun == null) {
                row.append(" | –");
                continue;
            }
            // A stage lasts until the next one that ran begins, or the build ends.
            long until = end;
            for (int next = i + 1; next < STAGES.size(); next++) {
                if (times.started.containsKey(STAGES.get(next))) {
                    until = times.started.get(STAGES.get(next));
                    break;
                }
            }
            row.append(" | ").append(seconds(until - begun));
        }
        row.append(String.format(" | %s | %s | %d MiB |", seconds(end - start),
                report.reused() ? "up to date" : String.format("%,d", report.converted()), peak >> 20));
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
