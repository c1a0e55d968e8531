package org.aimsbook.render.chart;

import static org.aimsbook.render.chart.Svgs.assertAccessible;
import static org.aimsbook.render.chart.Svgs.assertNoScript;
import static org.aimsbook.render.chart.Svgs.parse;
import static org.aimsbook.render.chart.Svgs.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RiskHeatMapTest {
    private static final BiFunction<Integer, Integer, String> NO_LINKS = (l, s) -> null;
    private static final BiFunction<Integer, Integer, String> LINKS = (l, s) -> "risks.html#score-" + l + "-" + s;

    /** Counts with {@code count} risks at each (likelihood, severity) given as l, s, count triples. */
    private static int[][] counts(int... triples) {
        int[][] counts = new int[5][5];
        for (int i = 0; i < triples.length; i += 3) {
            counts[triples[i] - 1][triples[i + 1] - 1] = triples[i + 2];
        }
        return counts;
    }

    private static final int[][] REGISTER = counts(4, 5, 2, 1, 1, 1, 2, 3, 3);

    /** The cell at (likelihood, severity): the link or group holding its title, rect and count. */
    private static Element cell(Document document, int likelihood, int severity) {
        String prefix = "Likelihood " + likelihood + " × severity " + severity + " = ";
        return document.select("g.heat-cells > *").stream()
                .filter(cell -> cell.selectFirst("title").text().startsWith(prefix))
                .findFirst().orElseThrow(() -> new AssertionError("no cell " + prefix));
    }

    @Test
    void eachCellShowsItsCountAndSaysWhatItHolds() {
        Document document = parse(RiskHeatMap.render("heat", "Risks", REGISTER, NO_LINKS, 12));

        assertEquals(25, document.select("rect.heat-cell").size());
        assertEquals("Likelihood 4 × severity 5 = 20 (high): 2 risks", cell(document, 4, 5).selectFirst("title").text());
        assertEquals("2", cell(document, 4, 5).selectFirst("text.heat-count").text());
        assertEquals("Likelihood 1 × severity 1 = 1 (low): 1 risk", cell(document, 1, 1).selectFirst("title").text());
        assertEquals("Likelihood 2 × severity 3 = 6 (low): 3 risks", cell(document, 2, 3).selectFirst("title").text());
        assertEquals("0", cell(document, 5, 5).selectFirst("text.heat-count").text());
        List<String> counts = document.select("text.heat-count").eachText();
        assertEquals(22, Collections.frequency(counts, "0"));
    }

    @Test
    void severityRisesUpwardsAndLikelihoodToTheRight() {
        Document document = parse(RiskHeatMap.render("heat", "Risks", REGISTER, NO_LINKS, 12));

        double topLeftY = y(cell(document, 1, 5));
        double bottomLeftY = y(cell(document, 1, 1));
        assertTrue(topLeftY < bottomLeftY, "severity 5 is above severity 1");
        assertTrue(x(cell(document, 1, 1)) < x(cell(document, 5, 1)), "likelihood 5 is right of likelihood 1");
        // Reading and tab order: top row first, left to right.
        assertTrue(document.select("g.heat-cells > *").first().selectFirst("title").text()
                .startsWith("Likelihood 1 × severity 5 "));
    }

    @Test
    void axesAreLabelledAndTicked() {
        List<String> axes = parse(RiskHeatMap.render("heat", "Risks", REGISTER, NO_LINKS, 12))
                .select("g.heat-axes text").eachText();

        assertTrue(axes.containsAll(List.of("Likelihood", "Severity")), axes.toString());
        for (String tick : List.of("1", "2", "3", "4", "5")) {
            assertEquals(2, Collections.frequency(axes, tick), "tick " + tick + " on both axes");
        }
    }

    /**
     * Scores 7 and 13 are not products of 1–5, so with highRiskAbove 12 the bands change between
     * 6 and 8 and between 12 and 15.
     */
    @ParameterizedTest
    @CsvSource({
            "2, 3, heat-low", "1, 5, heat-low", "2, 4, heat-medium",
            "3, 4, heat-medium", "4, 3, heat-medium", "5, 3, heat-high", "4, 4, heat-high", "5, 5, heat-high"})
    void bandsFollowTheThresholds(int likelihood, int severity, String band) {
        Document document = parse(RiskHeatMap.render("heat", "Risks", REGISTER, NO_LINKS, 12));

        assertEquals("heat-cell " + band, cell(document, likelihood, severity).selectFirst("rect").attr("class"));
    }

    @Test
    void movedThresholdsMoveTheBandsByOne() {
        // Scores 6 and 12 move up a band once the thresholds sit just below them.
        Document document = parse(RiskHeatMap.render("heat", "Risks", REGISTER, NO_LINKS, 5, 11));

        assertEquals("heat-cell heat-low", cell(document, 1, 5).selectFirst("rect").attr("class"));
        assertEquals("heat-cell heat-medium", cell(document, 2, 3).selectFirst("rect").attr("class"));
        assertEquals("heat-cell heat-medium", cell(document, 2, 5).selectFirst("rect").attr("class"));
        assertEquals("heat-cell heat-high", cell(document, 3, 4).selectFirst("rect").attr("class"));
        assertEquals(List.of("Low (score ≤ 5)", "Medium (score 6–11)", "High (score > 11)"),
                document.select("g.chart-legend text").eachText());
    }

    @Test
    void highRiskWinsWhereTheThresholdsOverlap() {
        Document document = parse(RiskHeatMap.render("heat", "Risks", REGISTER, NO_LINKS, 4));

        assertEquals("heat-cell heat-high", cell(document, 1, 5).selectFirst("rect").attr("class"));
        assertEquals("heat-cell heat-low", cell(document, 2, 2).selectFirst("rect").attr("class"));
        assertTrue(document.select("rect.heat-medium").isEmpty());
        assertEquals(List.of("Low (score ≤ 4)", "High (score > 4)"), document.select("g.chart-legend text").eachText());
    }

    @Test
    void legendGivesTheScoresOfEachBandWithMatchingFills() {
        Document document = parse(RiskHeatMap.render("heat", "Risks", REGISTER, NO_LINKS, 12));

        assertEquals(List.of("Low (score ≤ 6)", "Medium (score 7–12)", "High (score > 12)"),
                document.select("g.chart-legend text").eachText());
        for (String band : List.of("heat-low", "heat-medium", "heat-high")) {
            assertEquals(document.selectFirst("g.chart-legend rect." + band).attr("fill"),
                    document.selectFirst("rect.heat-cell." + band).attr("fill"));
        }
    }

    @Test
    void linksOnlyCellsThatHoldRisksAndHaveAnHref() {
        List<String> asked = new ArrayList<>();
        BiFunction<Integer, Integer, String> someLinks = (l, s) -> {
            asked.add(l + "," + s);
            return l == 1 && s == 1 ? null : LINKS.apply(l, s);
        };
        Document document = parse(RiskHeatMap.render("heat", "Risks", REGISTER, someLinks, 12));

        assertEquals(List.of("1,1", "2,3", "4,5"), asked, "asked only for cells with risks");
        // Top row first: (4, 5), then (2, 3); (1, 1) has no href.
        assertEquals(List.of("risks.html#score-4-5", "risks.html#score-2-3"), document.select("a").eachAttr("href"));
        Element link = cell(document, 4, 5);
        assertEquals("a", link.tagName());
        assertEquals("Likelihood 4 × severity 5 = 20 (high): 2 risks", link.attr("aria-label"));
        assertEquals("2", link.selectFirst("text").text());
        assertEquals("g", cell(document, 1, 1).tagName());
        assertNull(cell(document, 5, 5).closest("a"));
    }

    @Test
    void isNamedAndDescribedByItsTitleAndDesc() {
        String description = "Risks by likelihood (1 to 5, left to right) and severity (1 to 5, bottom to top); "
                + "each cell shows how many risks have that pair. 6 risks in all: 2 high, 0 medium, 4 low.";

        assertAccessible(parse(RiskHeatMap.render("heat", "Risk register", REGISTER, NO_LINKS, 12)),
                "heat", "Risk register", description, "img");
        // With links inside it is a group: an img's children are hidden from screen readers.
        assertAccessible(parse(RiskHeatMap.render("residual", "Residual risks", REGISTER, LINKS, 12)),
                "residual", "Residual risks", description, "group");
    }

    @Test
    void anEmptyRegisterGivesAFullGridOfZerosWithoutLinks() {
        List<String> asked = new ArrayList<>();
        String svg = RiskHeatMap.render("empty", "Risks", new int[5][5], (l, s) -> {
            asked.add(l + "," + s);
            return "risks.html";
        }, 12);
        Document document = parse(svg);

        assertTrue(asked.isEmpty());
        assertTrue(document.select("a").isEmpty());
        assertEquals(Collections.nCopies(25, "0"), document.select("text.heat-count").eachText());
        assertTrue(document.selectFirst("svg > desc").text().endsWith("0 risks in all: 0 high, 0 medium, 0 low."));
        assertEquals("img", Svgs.root(document).attr("role"));
    }

    @Test
    void escapesMarkupInTheTitle() {
        String evil = "<script>alert(1)</script> \"&'";
        String svg = RiskHeatMap.render("heat", evil, REGISTER, LINKS, 12);

        assertNoScript(svg);
        assertEquals(evil, parse(svg).selectFirst("svg > title").wholeText());
    }

    @Test
    void sameInputGivesTheSameCharactersInAnyLocale() {
        String first = RiskHeatMap.render("heat", "Risks", REGISTER, LINKS, 12);
        assertEquals(first, RiskHeatMap.render("heat", "Risks", REGISTER, LINKS, 12));
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals(first, RiskHeatMap.render("heat", "Risks", REGISTER, LINKS, 12));
        } finally {
            Locale.setDefault(before);
        }
        assertTrue(texts(parse(first)).contains("Likelihood"));
    }

    @Test
    void refusesCountsThresholdsAndLinksItCannotDraw() {
        assertThrows(IllegalArgumentException.class, () -> RiskHeatMap.render("h", "R", new int[4][5], NO_LINKS, 12));
        assertThrows(IllegalArgumentException.class, () -> RiskHeatMap.render("h", "R", new int[5][6], NO_LINKS, 12));
        assertThrows(IllegalArgumentException.class,
                () -> RiskHeatMap.render("h", "R", counts(1, 1, -1), NO_LINKS, 12));
        assertThrows(IllegalArgumentException.class, () -> RiskHeatMap.render("h", "R", REGISTER, NO_LINKS, 0));
        assertThrows(IllegalArgumentException.class, () -> RiskHeatMap.render("h", "R", REGISTER, NO_LINKS, 26));
        assertThrows(IllegalArgumentException.class,
                () -> RiskHeatMap.render("h", "R", REGISTER, (l, s) -> "javascript:alert(1)", 12));
    }

    private static double x(Element cell) {
        return Double.parseDouble(cell.selectFirst("rect").attr("x"));
    }

    private static double y(Element cell) {
        return Double.parseDouble(cell.selectFirst("rect").attr("y"));
    }
}
