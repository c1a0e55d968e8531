package org.aimsbook.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PostingsTest {

    @Test
    void pagesAndScoresRoundTripThroughTheBrowsersDecoding() {
        Map<Integer, Integer> pages = new LinkedHashMap<>();
        pages.put(0, 1);
        pages.put(1, 4095);
        pages.put(31, 64);
        pages.put(32, 63);
        pages.put(1_000, 2048);
        pages.put(1_000_000, 7);
        Postings postings = new Postings();
        pages.forEach(postings::add);
        assertEquals(pages, ExportReader.postings(postings.toString()));
    }

    @Test
    void aSmallGapAndScoreTakeThreeDigits() {
        Postings postings = new Postings();
        postings.add(0, 65);
        assertEquals("BBB", postings.toString());
    }

    @Test
    void pagesOutOfOrderOrScoresOutOfRangeAreRefused() {
        Postings postings = new Postings();
        postings.add(5, 1);
        assertThrows(IllegalArgumentException.class, () -> postings.add(5, 1));
        assertThrows(IllegalArgumentException.class, () -> postings.add(6, 4096));
    }
}
