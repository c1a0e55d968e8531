package org.aimsbook.render.chart;

import static org.aimsbook.render.chart.Svg.num;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A horizontal stacked bar chart as inline SVG: one bar per category, split into segments, such
 * as SoA controls by implementation status for each Annex A group, or AI systems by risk tier for
 * each lifecycle stage.
 *
 * <p>Each category shows its label (a link when it has an href), its bar, its total and a line
 * naming every non-zero segment with its count, so nothing depends on telling colours apart.
 * Bars share one scale, the largest total, so they can be compared. A legend names the segment
 * keys in the order they first appear.
 */
public final class StackedBars {
    private static final double WIDTH = 640;
    // Room to the right of the longest bar for its total.
    private static final double TOTAL_SPACE = 56;
    private static final double BAR_SPACE = WIDTH - TOTAL_SPACE;
    private static final double ROW = 58;
    private static final double BAR_TOP = 20;
    private static final double BAR_HEIGHT = 14;
    // Okabe–Ito colours, told apart by most colour-blind readers. Only a fallback: themes colour
    // the chart-<key> classes, and the counts are written out anyway.
    private static final List<String> FILLS = List.of(
            "#009E73", "#E69F00", "#56B4E9", "#CC79A7", "#0072B2", "#D55E00", "#F0E442", "#999999");

    private StackedBars() {
    }

    /**
     * One part of a bar.
     *
     * @param key what the part counts, in CSS terms: the shape gets class {@code chart-<key>}, so
     *     letters, digits, {@code -} and {@code _} only, e.g. {@code implemented}
     * @param label what the part counts, in words, e.g. "Implemented"
     * @param count how many; zero draws nothing but keeps the key in the legend
     */
    public record Segment(String key, String label, int count) {
        public Segment {
            Svg.className(key);
            Objects.requireNonNull(label, "label");
            if (count < 0) {
                throw new IllegalArgumentException("count of " + key + " is negative: " + count);
            }
        }
    }

    /**
     * One bar.
     *
     * @param label what the bar stands for, e.g. "A.6 AI system life cycle"
     * @param href a relative link for the label, such as {@code soa.html#A.6}, or null for none
     * @param segments the parts of the bar, drawn left to right in this order
     */
    public record Category(String label, String href, List<Segment> segments) {
        public Category {
            Objects.requireNonNull(label, "label");
            if (href != null) {
                Svg.href(href);
            }
            segments = List.copyOf(segments);
        }

        /** The sum of the segments' counts. */
        public int total() {
            return segments.stream().mapToInt(Segment::count).sum();
        }
    }

    /**
     * Renders the chart.
     *
     * @param idPrefix makes the ids of the title and description unique on the page: a letter,
     *     then letters, digits, {@code -} or {@code _}
     * @param title the chart's accessible name
     * @param description what the chart shows, for readers who cannot see it
     * @param categories the bars, top to bottom; none gives a chart saying "No data"
     * @return an {@code <svg>} element, the same characters for the same input
     * @throws IllegalArgumentException if {@code idPrefix} is not usable as an id
     */
    public static String render(String idPrefix, String title, String description, List<Category> categories) {
        Map<String, Svg.Swatch> keys = legendKeys(categories);
        List<Svg.Placed> legend = Svg.placeLegend(List.copyOf(keys.values()), WIDTH);
        double top = legend.isEmpty() ? 0 : Svg.legendHeight(legend) + 8;
        double height = top + (categories.isEmpty() ? 24 : categories.size() * ROW);
        boolean hasLinks = categories.stream().anyMatch(category -> category.href() != null);

        Svg svg = Svg.open(idPrefix, "chart-stacked-bars", WIDTH, height, hasLinks, title, description);
        svg.legend(legend, 0);
        if (categories.isEmpty()) {
            svg.label("No data", "class", "chart-empty", "x", num(0), "y", num(top + 16), "fill", "currentColor");
        }
        // At least 1, so a chart whose categories are all zero still divides safely.
        int max = Math.max(1, categories.stream().mapToInt(Category::total).max().orElse(0));
        double y = top;
        for (Category category : categories) {
            row(svg, category, y, max, keys);
            y += ROW;
        }
        return svg.finish();
    }

    private static void row(Svg svg, Category category, double y, int max, Map<String, Svg.Swatch> keys) {
        svg.start("g", "class", "chart-row");
        if (category.href() != null) {
            svg.start("a", "href", category.href());
        }
        // Underlined, so the link is not told apart by colour alone.
        svg.label(category.label(), "class", "chart-label", "x", num(0), "y", num(y + 14), "font-size", "13",
                "fill", "currentColor", "text-decoration", category.href() != null ? "underline" : null);
        if (category.href() != null) {
            svg.end();
        }

        // Edges are rounded from running totals and widths taken between them, so rounding
        // never opens a gap or an overlap between neighbouring segments.
        int before = 0;
        for (Segment segment : category.segments()) {
            if (segment.count() == 0) {
                continue;
            }
            double left = Svg.round(BAR_SPACE * before / max);
            double right = Svg.round(BAR_SPACE * (before + segment.count()) / max);
            svg.start("rect", "class", "chart-bar chart-" + segment.key(), "x", num(left), "y", num(y + BAR_TOP),
                    "width", num(right - left), "height", num(BAR_HEIGHT), "fill", keys.get(segment.key()).fill());
            svg.title(segment.label() + ": " + segment.count()).end();
            before += segment.count();
        }
        double end = BAR_SPACE * before / max;
        svg.label(Integer.toString(category.total()), "class", "chart-total",
                "x", num(before == 0 ? 0 : end + 6), "y", num(y + BAR_TOP + 11), "fill", "currentColor");

        String breakdown = category.segments().stream()
                .filter(segment -> segment.count() > 0)
                .map(segment -> segment.label() + ": " + segment.count())
                .collect(Collectors.joining(" · "));
        if (!breakdown.isEmpty()) {
            svg.label(breakdown, "class", "chart-breakdown", "x", num(0), "y", num(y + 48), "font-size", "11",
                    "fill", "currentColor");
        }
        svg.end();
    }

    /** Segment keys in order of first appearance, each with the first label given and a fill. */
    private static Map<String, Svg.Swatch> legendKeys(List<Category> categories) {
        Map<String, Svg.Swatch> keys = new LinkedHashMap<>();
        for (Category category : categories) {
            for (Segment segment : category.segments()) {
                if (!keys.containsKey(segment.key())) {
                    String fill = FILLS.get(keys.size() % FILLS.size());
                    keys.put(segment.key(),
                            new Svg.Swatch("chart-swatch chart-" + segment.key(), fill, segment.label()));
                }
            }
        }
        return keys;
    }
}
