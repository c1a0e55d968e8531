package org.aimsbook.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.aimsbook.catalogue.Catalogue;
import org.aimsbook.changes.ChangeSet;
import org.aimsbook.check.CheckOptions;
import org.aimsbook.check.ContentChecker;
import org.aimsbook.diagnostic.Diagnostics;
import org.aimsbook.load.ContentLoader;
import org.aimsbook.load.Loaded;
import org.aimsbook.model.Classification;
import org.aimsbook.model.Content;
import org.aimsbook.publish.SitePublisher;
import org.aimsbook.render.RenderOptions;
import org.aimsbook.render.RenderedSite;
import org.aimsbook.render.SiteRenderer;
import org.aimsbook.index.SiteIndexer;

/**
 * Measures a full build of synthetic AIMSes stage by stage: load, check, render (Asciidoctor
 * start included), index (Lucene and the static export), publish, with the peak heap across heap pools. Run through
 * {@code bench/build-benchmark.sh}. Arguments: the document counts (default 100 1000 10000).
 */
public final class BuildBenchmark {
    private BuildBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = args.length == 0 ? List.of(100, 1000, 10_000) : java.util.Arrays.stream(args).map(Integer::valueOf).toList();
        System.out.println("| documents | pages | load | check | render | index | publish | total | per document | peak heap |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|");
        for (int size : sizes) {
            Path content = Files.createTempDirectory("aimsbook-build-bench");
            int written = SyntheticAims.write(content, size);
            Path out = Files.createTempDirectory("aimsbook-build-out").resolve("site");
            System.gc();
            heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
            long start = System.nanoTime();
            Loaded loaded = new ContentLoader(Catalogue.iso42001()).load(content);
            long loadedAt = System.nanoTime();
            Diagnostics diagnostics = ContentChecker.check(loaded, new CheckOptions(LocalDate.parse("2026-11-27"), false));
            long checkedAt = System.nanoTime();
            if (!diagnostics.all().isEmpty()) {
                throw new IllegalStateException("synthetic content must check clean: " + diagnostics.all().get(0));
            }
            Content visible = loaded.content().visibleTo(Classification.INTERNAL);
            RenderOptions options = new RenderOptions(content, "1.0", Classification.INTERNAL, LocalDate.parse("2026-11-27"),
                    Optional.empty(), Optional.empty(), ChangeSet.firstVersion());
            long[] renderedAt = new long[1];
            long[] indexedAt = new long[1];
            int[] pages = new int[1];
            Path lucene = Files.createTempDirectory("aimsbook-build-index");
            SitePublisher.publish(out, content, "1.0", "internal", stage -> {
                RenderedSite site = SiteRenderer.render(visible, options, stage);
                pages[0] = site.pages().size();
                renderedAt[0] = System.nanoTime();
                SiteIndexer.index(site.findable(), stage, lucene);
                indexedAt[0] = System.nanoTime();
            });
            long publishedAt = System.nanoTime();
            long peak = heapPools().stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
            System.out.printf("| %,d | %,d | %s | %s | %s | %s | %s | %s | %.1f ms | %d MiB |%n", written, pages[0],
                    seconds(loadedAt - start), seconds(checkedAt - loadedAt), seconds(renderedAt[0] - checkedAt),
                    seconds(indexedAt[0] - renderedAt[0]), seconds(publishedAt - indexedAt[0]), seconds(publishedAt - start),
                    (publishedAt - start) / 1e6 / written, peak >> 20);
        }
        System.out.printf("%d cores, Java %s%n", Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
    }

    private static String seconds(long nanos) {
        return String.format("%.1f s", nanos / 1e9);
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP).toList();
    }
}
