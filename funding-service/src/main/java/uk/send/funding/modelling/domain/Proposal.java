package uk.send.funding.modelling.domain;

import uk.send.funding.banding.domain.Band;
import uk.send.funding.banding.domain.FundingCategory;
import uk.send.funding.banding.domain.NeedsMatrix;
import uk.send.funding.banding.domain.Uplift;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A proposed banding scheme to model against the one in force: new bands (and values) per setting category, a
 * mapping of old band codes to new ones, a re-banding from a proposed needs matrix, and an uplift applied on top.
 * Whatever a category's proposal leaves out stays as it is now: a category without new bands keeps its current
 * bands, a band without a mapping keeps its code.
 *
 * <p>Re-banding from the matrix: in a category with a proposed matrix, an EHCP whose band agreement in force holds
 * the panel's matrix scores (need area → level 0–4) takes the band the proposed matrix suggests for those scores
 * ({@link NeedsMatrix#suggest}, the banding engine's own rule); the mapping does not apply to it. An EHCP without
 * scores keeps its band (mapped, if the mapping says so), and is counted as such.
 *
 * @param bands       the proposed bands per category (null or missing category: the bands in force)
 * @param bandMapping per category, old band code → new band code, applied to every EHCP's current band there (null: none)
 * @param uplift      applied to every proposed value by the banding engine's own {@link Uplift} rule (null: none)
 * @param matrices    per category, the proposed needs matrix that re-bands scored EHCPs (null: none)
 */
public record Proposal(Map<FundingCategory, List<Band>> bands, Map<FundingCategory, Map<String, String>> bandMapping, Uplift uplift,
                       Map<FundingCategory, NeedsMatrix> matrices) {

    public Proposal {
        bands = bands == null ? Map.of() : Map.copyOf(bands);
        bandMapping = bandMapping == null ? Map.of() : Map.copyOf(bandMapping);
        matrices = matrices == null ? Map.of() : Map.copyOf(matrices);
    }

    /** A proposal without a matrix. */
    public Proposal(Map<FundingCategory, List<Band>> bands, Map<FundingCategory, Map<String, String>> bandMapping, Uplift uplift) {
        this(bands, bandMapping, uplift, null);
    }

    /** The band an EHCP in {@code category} with {@code currentBand} would have under the proposal. */
    public String mapBand(FundingCategory category, String currentBand) {
        Map<String, String> mapping = bandMapping.get(category);
        return mapping == null ? currentBand : mapping.getOrDefault(currentBand, currentBand);
    }

    /** Whether the proposal re-bands from a matrix anywhere, so that modelling it needs each EHCP's matrix scores. */
    public boolean rebandsByMatrix() {
        return !matrices.isEmpty();
    }

    /** Whether an EHCP in {@code category} scored {@code needsLevels} (null: not scored) is re-banded by a proposed matrix. */
    public boolean rebands(FundingCategory category, Map<String, Integer> needsLevels) {
        return needsLevels != null && matrices.containsKey(category);
    }

    /**
     * The band the proposed matrix of {@code category} suggests for {@code needsLevels}; null if no threshold is reached.
     * Scores in need areas the proposed matrix does not have are left out (a proposal may drop an area).
     */
    public String matrixBand(FundingCategory category, Map<String, Integer> needsLevels) {
        NeedsMatrix matrix = matrices.get(category);
        Map<String, Integer> inMatrix = needsLevels.entrySet().stream()
                .filter(e -> matrix.areas().stream().anyMatch(a -> a.code().equals(e.getKey())))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return matrix.suggest(inMatrix).orElse(null);
    }
}
