package org.aimsbook.index;

/**
 * The pages a key occurs on and its quantised score there, as a compact string the browser
 * decodes: per page the gap to the previous page number (the first from -1) as a
 * little-endian varint of 5-bit base64 digits, a digit of 32 or more meaning "more follows",
 * then the score as two 6-bit digits, high first.
 */
final class Postings {
    static final String DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    /** Scores are quantised to 12 bits: enough to keep Lucene's top ten in nearly every query. */
    static final int LEVELS = 4095;

    private final StringBuilder encoded = new StringBuilder();
    private int previous = -1;

    /** Adds a page; pages must come in ascending order. */
    void add(int page, int score) {
        if (page <= previous || score < 0 || score > LEVELS) {
            throw new IllegalArgumentException("page " + page + " after " + previous + ", score " + score);
        }
        int gap = page - previous;
        while (gap >= 32) {
            encoded.append(DIGITS.charAt(32 | (gap & 31)));
            gap >>>= 5;
        }
        encoded.append(DIGITS.charAt(gap));
        encoded.append(DIGITS.charAt(score >>> 6)).append(DIGITS.charAt(score & 63));
        previous = page;
    }

    @Override
    public String toString() {
        return encoded.toString();
    }
}
