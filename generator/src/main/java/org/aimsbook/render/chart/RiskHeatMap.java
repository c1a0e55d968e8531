package org.aimsbook.render.chart;

import static org.aimsbook.render.chart.Svg.num;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * A 5 × 5 risk heat map as inline SVG: likelihood 1 to 5 left to right, severity 1 to 5 bottom
 * to top, each cell showing how many risks have that pair and coloured by the band its score
 * (likelihood × severity) falls in.
 *
 * <p>Bands follow the organization's risk criteria: low up to the acceptable score, high above
 * the high-risk score, medium between. A legend gives the scores of each band, so the band of a
 * cell can be read from its position as well as from its colour.
 */
public final class RiskHeatMap {
    private static final int SIZE = 5;
    /** The default of {@code risk_criteria.acceptable_up_to}. */
    private static final int DEFAULT_ACCEPTABLE_UP_TO = 6;
    private static final double CELL = 56;
    // Room on the left for the rotated "Severity" and its ticks, below for "Likelihood" and its.
    private static final double LEFT = 52;
    private static final double TOP = 4;
    private static final double GRID = SIZE * CELL;
    private static final double WIDTH = LEFT + GRID + 4;
    private static final double LEGEND_TOP = TOP + GRID + 48;

    private RiskHeatMap() {
    }

    // Light fills keep the dark counts readable; themes restyle the heat-* classes.
    private enum Band {
        LOW("heat-low", "Low", "#CDEBC5"),
        MEDIUM("heat-medium", "Medium", "#FCE3A4"),
        HIGH("heat-high", "High", "#F4B3AB");

        final String css;
        final String word;
        final String fill;

        Band(String css, String word, String fill) {
            this.css = css;
            this.word = word;
            this.fill = fill;
        }
    }

    /**
     * Renders the heat map with risks scoring 6 or less as low, the default of
     * {@code risk_criteria.acceptable_up_to}.
     *
     * @see #render(String, String, int[][], BiFunction, int, int)
     */
    public static String render(String idPrefix, String title, int[][] counts,
            BiFunction<Integer, Integer, String> cellHref, int highRiskAbove) {
        return render(idPrefix, title, counts, cellHref, DEFAULT_ACCEPTABLE_UP_TO, highRiskAbove);
    }

    /**
     * Renders the heat map.
     *
     * @param idPrefix makes the ids of the title and description unique on the page: a letter,
     *     then letters, digits, {@code -} or {@code _}
     * @param title the chart's accessible name
     * @param counts how many risks have each pair: {@code counts[likelihood - 1][severity - 1]}, 5 × 5
     * @param cellHref gives a relative link for the cell at (likelihood, severity), or null for
     *     none; asked only for cells that hold risks, since an empty cell has nothing to list
     * @param acceptableUpTo scores up to this are low ({@code risk_criteria.acceptable_up_to}), 1 to 25
     * @param highRiskAbove scores above this are high ({@code risk_criteria.high_risk_above}), 1 to
     *     25; it wins where the two overlap
     * @return an {@code <svg>} element, the same characters for the same input
     * @throws IllegalArgumentException if {@code counts} is not 5 × 5 or has a negative count, a
     *     threshold is outside 1 to 25, {@code idPrefix} is not usable as an id, or a link is not
     *     a relative path
     */
    public static String render(String idPrefix, String title, int[][] counts,
            BiFunction<Integer, Integer, String> cellHref, int acceptableUpTo, int highRiskAbove) {
        checkCounts(counts);
        checkThreshold("acceptableUpTo", acceptableUpTo);
        checkThreshold("highRiskAbove", highRiskAbove);
        // Ask for every link first: whether there are any decides the root's role.
        String[][] hrefs = new String[SIZE][SIZE];
        boolean hasLinks = false;
        for (int l = 1; l <= SIZE; l++) {
            for (int s = 1; s <= SIZE; s++) {
                if (counts[l - 1][s - 1] > 0) {
                    String href = cellHref.apply(l, s);
                    hrefs[l - 1][s - 1] = href == null ? null : Svg.href(href);
                    hasLinks |= href != null;
                }
            }
        }

        List<Svg.Placed> legend = Svg.placeLegend(swatches(acceptableUpTo, highRiskAbove), WIDTH);
        double height = LEGEND_TOP + Svg.legendHeight(legend) + 4;
        Svg svg = Svg.open(idPrefix, "chart-heat-map", WIDTH, height, hasLinks, title,
                description(counts, acceptableUpTo, highRiskAbove));
        axes(svg);
        svg.start("g", "class", "heat-cells");
        // Top row first, left to right: the order people read the grid and tab through its links.
        for (int s = SIZE; s >= 1; s--) {
            for (int l = 1; l <= SIZE; l++) {
                cell(svg, l, s, counts[l - 1][s - 1], hrefs[l - 1][s - 1], band(l * s, acceptableUpTo, highRiskAbove));
            }
        }
        svg.end();
        svg.legend(legend, LEGEND_TOP);
        return svg.finish();
    }

    private static void cell(Svg svg, int likelihood, int severity, int count, String href, Band band) {
        double x = LEFT + (likelihood - 1) * CELL;
        double y = TOP + (SIZE - severity) * CELL;
        String says = "Likelihood " + likelihood + " × severity " + severity + " = " + likelihood * severity
                + " (" + band.word.toLowerCase(Locale.ROOT) + "): " + risks(count);
        if (href != null) {
            // The count alone would be a poor link name, and some screen readers ignore a link's <title>.
            svg.start("a", "href", href, "aria-label", says);
        } else {
            svg.start("g");
        }
        svg.title(says);
        svg.empty("rect", "class", "heat-cell " + band.css, "x", num(x + 1), "y", num(y + 1),
                "width", num(CELL - 2), "height", num(CELL - 2), "fill", band.fill);
        svg.label(Integer.toString(count), "class", "heat-count", "x", num(x + CELL / 2), "y", num(y + CELL / 2 + 6),
                "text-anchor", "middle", "font-size", "16", "fill", "#1A1A1A",
                "text-decoration", href != null ? "underline" : null);
        svg.end();
    }

    private static void axes(Svg svg) {
        svg.start("g", "class", "heat-axes");
        double middle = TOP + GRID / 2;
        svg.label("Severity", "class", "heat-axis-label", "x", num(14), "y", num(middle), "text-anchor", "middle",
                "transform", "rotate(-90 " + num(14) + " " + num(middle) + ")", "fill", "currentColor");
        svg.label("Likelihood", "class", "heat-axis-label", "x", num(LEFT + GRID / 2), "y", num(TOP + GRID + 38),
                "text-anchor", "middle", "fill", "currentColor");
        for (int tick = 1; tick <= SIZE; tick++) {
            svg.label(Integer.toString(tick), "class", "heat-tick", "x", num(LEFT - 8),
                    "y", num(TOP + (SIZE - tick) * CELL + CELL / 2 + 4), "text-anchor", "end", "fill", "currentColor");
            svg.label(Integer.toString(tick), "class", "heat-tick", "x", num(LEFT + (tick - 1) * CELL + CELL / 2),
                    "y", num(TOP + GRID + 18), "text-anchor", "middle", "fill", "currentColor");
        }
        svg.end();
    }

    private static Band band(int score, int acceptableUpTo, int highRiskAbove) {
        if (score > highRiskAbove) {
            return Band.HIGH;
        }
        return score <= acceptableUpTo ? Band.LOW : Band.MEDIUM;
    }

    /** One swatch per band that some score from 1 to 25 falls in. */
    private static List<Svg.Swatch> swatches(int acceptableUpTo, int highRiskAbove) {
        int lowUpTo = Math.min(acceptableUpTo, highRiskAbove);
        List<Svg.Swatch> swatches = new ArrayList<>();
        swatches.add(swatch(Band.LOW, "score ≤ " + lowUpTo));
        if (lowUpTo < highRiskAbove) {
            String scores = lowUpTo + 1 == highRiskAbove ? Integer.toString(highRiskAbove) : lowUpTo + 1 + "–" + highRiskAbove;
            swatches.add(swatch(Band.MEDIUM, "score " + scores));
        }
        if (highRiskAbove < SIZE * SIZE) {
            swatches.add(swatch(Band.HIGH, "score > " + highRiskAbove));
        }
        return swatches;
    }

    private static Svg.Swatch swatch(Band band, String scores) {
        return new Svg.Swatch("chart-swatch " + band.css, band.fill, band.word + " (" + scores + ")");
    }

    /** Says in words what the grid shows, with the number of risks in each band. */
    private static String description(int[][] counts, int acceptableUpTo, int highRiskAbove) {
        int[] byBand = new int[Band.values().length];
        int total = 0;
        for (int l = 1; l <= SIZE; l++) {
            for (int s = 1; s <= SIZE; s++) {
                byBand[band(l * s, acceptableUpTo, highRiskAbove).ordinal()] += counts[l - 1][s - 1];
                total += counts[l - 1][s - 1];
            }
        }
        return "Risks by likelihood (1 to 5, left to right) and severity (1 to 5, bottom to top); each cell shows "
                + "how many risks have that pair. " + risks(total) + " in all: "
                + byBand[Band.HIGH.ordinal()] + " high, " + byBand[Band.MEDIUM.ordinal()] + " medium, "
                + byBand[Band.LOW.ordinal()] + " low.";
    }

    private static String risks(int count) {
        return count + (count == 1 ? " risk" : " risks");
    }

    private static void checkCounts(int[][] counts) {
        if (counts == null || counts.length != SIZE) {
            throw new IllegalArgumentException("counts must have 5 rows, one per likelihood");
        }
        for (int l = 0; l < SIZE; l++) {
            if (counts[l] == null || counts[l].length != SIZE) {
                throw new IllegalArgumentException("counts[" + l + "] must have 5 entries, one per severity");
            }
            for (int s = 0; s < SIZE; s++) {
                if (counts[l][s] < 0) {
                    throw new IllegalArgumentException("counts[" + l + "][" + s + "] is negative: " + counts[l][s]);
                }
            }
        }
    }

    private static void checkThreshold(String name, int score) {
        if (score < 1 || score > SIZE * SIZE) {
            throw new IllegalArgumentException(name + " must be a score from 1 to 25: " + score);
        }
    }
}
