package uk.send.funding.banding.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A needs matrix (as Southend's): need areas scored 0–4, each weighted; the weighted score suggests the band
 * of the highest threshold it reaches. The SEN panel may agree another band, with a recorded reason.
 *
 * @param areas      the need areas and their weights
 * @param thresholds the lowest score for each band
 */
public record NeedsMatrix(int version, List<Area> areas, List<Threshold> thresholds) {

    public static final int MAX_LEVEL = 4;

    public record Area(String code, int weight) {
    }

    public record Threshold(int minScore, String bandCode) {
    }

    /** The weighted score of the levels given per area (0–4; an area left out scores 0). */
    public int score(Map<String, Integer> levels) {
        for (var e : levels.entrySet()) {
            if (areas.stream().noneMatch(a -> a.code().equals(e.getKey()))) {
                throw new IllegalArgumentException("not a need area of this matrix: " + e.getKey());
            }
            if (e.getValue() == null || e.getValue() < 0 || e.getValue() > MAX_LEVEL) {
                throw new IllegalArgumentException("need level must be 0 to 4: " + e.getKey());
            }
        }
        return areas.stream().mapToInt(a -> a.weight() * levels.getOrDefault(a.code(), 0)).sum();
    }

    /** The band the levels suggest: the highest threshold reached; empty if none is. */
    public Optional<String> suggest(Map<String, Integer> levels) {
        int score = score(levels);
        return thresholds.stream().filter(t -> t.minScore() <= score)
                .max(Comparator.comparingInt(Threshold::minScore)).map(Threshold::bandCode);
    }
}
