package org.aimsbook.render.chart;

import static org.aimsbook.render.chart.Svgs.assertAccessible;
import static org.aimsbook.render.chart.Svgs.assertNoScript;
import static org.aimsbook.render.chart.Svgs.parse;
import static org.aimsbook.render.chart.Svgs.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.aimsbook.render.chart.StackedBars.Category;
import org.aimsbook.render.chart.StackedBars.Segment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StackedBarsTest {
    private static final String TITLE = "SoA implementation status by Annex A group";
    private static final String DESCRIPTION = "Controls of each Annex A group by implementation status.";

    private static List<Segment> status(int implemented, int planned, int excluded) {
        return List.of(
                new Segment("implemented", "Implemented", implemented),
                new Segment("planned", "Planned", planned),
                new Segment("not-applicable", "Not applicable", excluded));
    }

    private static final List<Category> SOA = List.of(
            new Category("A.2 Policies related to AI", "soa.html#A.2", status(3, 0, 0)),
            new Category("A.6 AI system life cycle", "soa.html#A.6", status(6, 2, 1)),
            new Category("A.10 Third-party relationships", null, status(0, 0, 0)));

    private static String soa() {
        return StackedBars.render("soa", TITLE, DESCRIPTION, SOA);
    }

    @Test
    void showsEachCategoryWithItsTotalAndItsCountsInWords() {
        List<String> texts = texts(parse(soa()));

        assertTrue(texts.containsAll(List.of(
                "A.2 Policies related to AI", "3", "Implemented: 3",
                "A.6 AI system life cycle", "9", "Implemented: 6 · Planned: 2 · Not applicable: 1",
                "A.10 Third-party relationships", "0")), texts.toString());
    }

    @Test
    void drawsOneBarPerNonZeroSegmentWithClassFillAndTitle() {
        Elements bars = parse(soa()).select("rect.chart-bar");

        assertEquals(List.of("Implemented: 3", "Implemented: 6", "Planned: 2", "Not applicable: 1"),
                bars.stream().map(bar -> bar.selectFirst("title").text()).toList());
        assertEquals(List.of("chart-bar chart-implemented", "chart-bar chart-implemented", "chart-bar chart-planned",
                "chart-bar chart-not-applicable"), bars.eachAttr("class"));
        bars.forEach(bar -> assertTrue(bar.attr("fill").matches("#[0-9A-F]{6}"), bar.attr("fill")));
    }

    @Test
    void barsShareOneScaleAndSegmentsMeetWithoutGaps() {
        Elements bars = parse(soa()).select("rect.chart-bar");
        // A.6's 9 is the longest bar; A.2's 3 is a third of it.
        double full = width(bars.get(1)) + width(bars.get(2)) + width(bars.get(3));
        assertEquals(full / 3, width(bars.get(0)), 0.1);
        assertEquals(x(bars.get(1)) + width(bars.get(1)), x(bars.get(2)), 1e-6);
        assertEquals(x(bars.get(2)) + width(bars.get(2)), x(bars.get(3)), 1e-6);
    }

    @Test
    void aCategoryWithOnlyZerosShowsItsLabelAndZeroButNoBar() {
        String svg = StackedBars.render("empty", TITLE, DESCRIPTION,
                List.of(new Category("A.10 Third-party relationships", null, status(0, 0, 0))));
        Document document = parse(svg);

        assertEquals(List.of("Implemented", "Planned", "Not applicable", "A.10 Third-party relationships", "0"),
                texts(document));
        assertTrue(document.select("rect.chart-bar").isEmpty());
    }

    @Test
    void legendNamesEveryKeyOnceInTheOrderKeysFirstAppear() {
        List<Category> stages = List.of(
                new Category("Design", null, List.of(new Segment("minimal", "Minimal risk", 2))),
                new Category("Operation", null, List.of(
                        new Segment("high", "High risk", 1), new Segment("minimal", "Minimal risk", 4),
                        new Segment("limited", "Limited risk", 0))));
        Document document = parse(StackedBars.render("stages", "AI systems by lifecycle stage", "By risk tier.", stages));

        Element legend = document.selectFirst("g.chart-legend");
        assertEquals(List.of("Minimal risk", "High risk", "Limited risk"), legend.select("text").eachText());
        assertEquals(List.of("chart-swatch chart-minimal", "chart-swatch chart-high", "chart-swatch chart-limited"),
                legend.select("rect").eachAttr("class"));
        // A swatch and the bars of its key share a fill, so the fallback colours agree.
        assertEquals(legend.select("rect.chart-minimal").attr("fill"),
                document.selectFirst("rect.chart-bar.chart-minimal").attr("fill"));
        assertEquals(3, legend.select("rect").eachAttr("fill").stream().distinct().count());
    }

    @Test
    void linksLabelsToTheGivenHrefsOnly() {
        Elements links = parse(soa()).select("a");

        assertEquals(List.of("soa.html#A.2", "soa.html#A.6"), links.eachAttr("href"));
        assertEquals(List.of("A.2 Policies related to AI", "A.6 AI system life cycle"), links.eachText());
        links.forEach(link -> assertEquals("underline", link.selectFirst("text").attr("text-decoration")));
    }

    @Test
    void isNamedAndDescribedByItsTitleAndDesc() {
        // With links inside it is a group: an img's children are hidden from screen readers.
        assertAccessible(parse(soa()), "soa", TITLE, DESCRIPTION, "group");

        String unlinked = StackedBars.render("improvements", "Improvement log by status", "Open and closed.",
                List.of(new Category("Corrective actions", null, List.of(new Segment("open", "Open", 2)))));
        assertAccessible(parse(unlinked), "improvements", "Improvement log by status", "Open and closed.", "img");
    }

    @Test
    void chartsOnOnePageHaveTheirOwnIds() {
        String first = StackedBars.render("soa", TITLE, DESCRIPTION, SOA);
        String second = StackedBars.render("systems", TITLE, DESCRIPTION, SOA);

        assertNotEquals(parse(first).select("[id]").eachAttr("id"), parse(second).select("[id]").eachAttr("id"));
        assertEquals(List.of("systems-title", "systems-desc"), parse(second).select("[id]").eachAttr("id"));
    }

    @Test
    void escapesMarkupInEveryTextItWrites() {
        String evil = "<script>alert(1)</script> \"&'";
        String href = "soa.html?q=\"><script>alert(2)</script>";
        String svg = StackedBars.render("x", evil, evil, List.of(
                new Category(evil, href, List.of(new Segment("open", evil, 1)))));
        Document document = parse(svg);

        assertNoScript(svg);
        assertEquals(evil, document.selectFirst("svg > title").wholeText());
        assertEquals(evil, document.selectFirst("svg > desc").wholeText());
        assertEquals(evil, document.selectFirst("text.chart-label").wholeText());
        assertEquals(evil + ": 1", document.selectFirst("rect.chart-bar > title").wholeText());
        assertEquals(evil, document.selectFirst("g.chart-legend text").wholeText());
        assertEquals(href, document.selectFirst("a").attr("href"));
        assertFalse(svg.contains("<script"), svg);
    }

    @Test
    void replacesCharactersXmlCannotHold() {
        String svg = StackedBars.render("x", "bell\u0007 and \uD800 lone", DESCRIPTION, List.of());

        assertEquals("bell\uFFFD and \uFFFD lone", parse(svg).selectFirst("svg > title").wholeText());
    }

    @Test
    void sameInputGivesTheSameCharactersInAnyLocale() {
        String first = soa();
        assertEquals(first, soa());
        Locale before = Locale.getDefault();
        try {
            // German formats 1.5 as "1,5", which would break the coordinates.
            Locale.setDefault(Locale.GERMANY);
            assertEquals(first, soa());
        } finally {
            Locale.setDefault(before);
        }
        assertTrue(parse(first).select("rect.chart-bar").eachAttr("x").stream().allMatch(x -> x.matches("\\d+\\.\\d")));
    }

    @Test
    void noCategoriesStillGivesANamedChartSayingSo() {
        String svg = StackedBars.render("none", TITLE, DESCRIPTION, List.of());
        Document document = parse(svg);

        assertAccessible(document, "none", TITLE, DESCRIPTION, "img");
        assertEquals(List.of("No data"), texts(document));
        assertTrue(document.select("rect, a, g.chart-legend").isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JavaScript:alert(1)", " javascript:alert(1)", "java\tscript:alert(1)",
            "https://example.com/", "//example.com/", "\\\\example.com", "/\\example.com", "a b.html", ""})
    void refusesHrefsThatLeaveTheHandbook(String href) {
        assertThrows(IllegalArgumentException.class, () -> new Category("A.2", href, List.of()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"soa.html", "soa.html#A.6", "../risks/index.html", "/risks/", "risks/r:1.html", "?status=open"})
    void acceptsRelativeHrefs(String href) {
        assertEquals(href, parse(StackedBars.render("x", TITLE, DESCRIPTION,
                List.of(new Category("A.2", href, status(1, 0, 0))))).selectFirst("a").attr("href"));
    }

    @Test
    void refusesIdsKeysAndCountsThatCannotBeWritten() {
        assertThrows(IllegalArgumentException.class, () -> StackedBars.render("two words", TITLE, DESCRIPTION, SOA));
        assertThrows(IllegalArgumentException.class, () -> StackedBars.render("1st", TITLE, DESCRIPTION, SOA));
        assertThrows(IllegalArgumentException.class, () -> new Segment("implemented planned", "Implemented", 1));
        assertThrows(IllegalArgumentException.class, () -> new Segment("implemented", "Implemented", -1));
    }

    private static double x(Element element) {
        return Double.parseDouble(element.attr("x"));
    }

    private static double width(Element element) {
        return Double.parseDouble(element.attr("width"));
    }
}
