package org.aimsbook.diagnostic;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import org.apache.lucene.search.spell.LevenshteinDistance;

/** Finds the name a writer most likely meant, for "did you mean" hints. */
public final class Suggestions {
    /** Below this similarity (1 is identical) a guess would confuse more than help. */
    private static final float LEAST_SIMILARITY = 0.6f;

    private Suggestions() {
    }

    public static Optional<String> closest(String written, Collection<String> candidates) {
        LevenshteinDistance distance = new LevenshteinDistance();
        String lowered = written.toLowerCase(Locale.ROOT);
        return candidates.stream()
                .filter(candidate -> !candidate.equals(written))
                .map(candidate -> new Scored(candidate, distance.getDistance(lowered, candidate.toLowerCase(Locale.ROOT))))
                .filter(scored -> scored.similarity >= LEAST_SIMILARITY)
                .max(Comparator.comparingDouble(Scored::similarity).thenComparing(Scored::candidate, Comparator.reverseOrder()))
                .map(Scored::candidate);
    }

    private record Scored(String candidate, float similarity) {
    }
}
