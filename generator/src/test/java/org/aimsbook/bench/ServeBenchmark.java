package org.aimsbook.bench;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.aimsbook.BuildOptions;
import org.aimsbook.model.Classification;
import org.aimsbook.serve.Preview;
import org.aimsbook.serve.Rebuild;

/**
 * Measures {@code serve}'s edit-to-reload time on a synthetic AIMS: from writing a changed
 * policy to the moment the preview tells the open tabs to reload (the watcher's debounce, the
 * rebuild and the publish included), over several edits after a warm-up. Run through
 * {@code bench/serve-benchmark.sh}. Arguments: the document count (default 1000), the edits
 * (default 10), the pause after each reload in milliseconds (default 300: a writer saving in
 * quick succession, so that search is still being indexed from the edit before).
 */
public final class ServeBenchmark {
    private ServeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int edits = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        long pause = args.length > 2 ? Long.parseLong(args[2]) : 300;
        Path content = Files.createTempDirectory("aimsbook-serve-bench");
        int written = SyntheticAims.write(content, size);
        Path out = Files.createTempDirectory("aimsbook-serve-out").resolve("site");
        BuildOptions options = new BuildOptions(out, Optional.of("1.0"), Classification.INTERNAL, Optional.empty(),
                LocalDate.parse("2026-11-27"), false);
        BlockingQueue<Rebuild> builds = new LinkedBlockingQueue<>();
        long started = System.nanoTime();
        try (Preview preview = Preview.start(content, options, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                (build, tabs) -> builds.add(build))) {
            Rebuild first = builds.take();
            System.out.printf("%,d documents: first build %,d ms (%s)%n", written, (System.nanoTime() - started) / 1_000_000,
                    first.published() ? "published" : "failed");
            List<Long> reload = new ArrayList<>();
            List<Long> rebuild = new ArrayList<>();
            Path policy = content.resolve("policies/policy-1.adoc");
            String text = Files.readString(policy);
            for (int i = 0; i < edits + 2; i++) {
                long edited = System.nanoTime();
                Files.writeString(policy, text + "\nEdit number " + i + " of the benchmark.\n");
                Rebuild build = builds.poll(120, TimeUnit.SECONDS);
                long told = System.nanoTime();
                if (build == null || !build.published()) {
                    throw new IllegalStateException("edit " + i + " did not publish");
                }
                // The first two edits warm the JIT up; a writer's session is long.
                if (i >= 2) {
                    reload.add((told - edited) / 1_000_000);
                    rebuild.add(build.millis());
                }
                Thread.sleep(pause);
            }
            System.out.printf("edit to reload: median %,d ms, worst %,d ms; rebuild alone: median %,d ms (%d edits, %,d ms apart)%n",
                    median(reload), Collections.max(reload), median(rebuild), edits, pause);
        }
        System.out.printf("%d cores, Java %s%n", Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
