package org.aimsbook.changes;

import java.math.BigInteger;
import java.util.Comparator;

/**
 * Orders Annex A control ids as the standard does, by number segment: A.2.2 before A.10.2,
 * which plain text order would put the other way round.
 */
final class ControlOrder implements Comparator<String> {
    static final ControlOrder INSTANCE = new ControlOrder();

    private ControlOrder() {
    }

    @Override
    public int compare(String left, String right) {
        String[] a = left.split("\\.");
        String[] b = right.split("\\.");
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            int bySegment = segment(a[i], b[i]);
            if (bySegment != 0) {
                return bySegment;
            }
        }
        return a.length != b.length ? Integer.compare(a.length, b.length) : left.compareTo(right);
    }

    private static int segment(String a, String b) {
        if (number(a) && number(b)) {
            return new BigInteger(a).compareTo(new BigInteger(b));
        }
        return a.compareTo(b);
    }

    private static boolean number(String segment) {
        return !segment.isEmpty() && segment.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
