package uk.send.funding.modelling.domain;

import uk.send.funding.banding.domain.Band;
import uk.send.funding.banding.domain.FundingCategory;
import uk.send.funding.banding.domain.Uplift;

import java.util.List;
import java.util.Map;

/**
 * A proposed banding scheme to model against the one in force: new bands (and values) per setting category, a
 * mapping of old band codes to new ones, and an uplift applied on top. Whatever a category's proposal leaves out
 * stays as it is now: a category without new bands keeps its current bands, a band without a mapping keeps its
 * code.
 *
 * @param bands       the proposed bands per category (null or missing category: the bands in force)
 * @param bandMapping per category, old band code → new band code, applied to every EHCP's current band there (null: none)
 * @param uplift      applied to every proposed value by the banding engine's own {@link Uplift} rule (null: none)
 */
public record Proposal(Map<FundingCategory, List<Band>> bands, Map<FundingCategory, Map<String, String>> bandMapping, Uplift uplift) {

    public Proposal {
        bands = bands == null ? Map.of() : Map.copyOf(bands);
        bandMapping = bandMapping == null ? Map.of() : Map.copyOf(bandMapping);
    }

    /** The band an EHCP in {@code category} with {@code currentBand} would have under the proposal. */
    public String mapBand(FundingCategory category, String currentBand) {
        Map<String, String> mapping = bandMapping.get(category);
        return mapping == null ? currentBand : mapping.getOrDefault(currentBand, currentBand);
    }
}
