package uk.send.funding.ehcp.domain;

import java.util.Map;
import java.util.Set;

/**
 * Codes of the DfE's SEN2 statutory return that an EHCP decision carries. The lists follow the
 * SEN2 guide for the 2025 collection (primary need types as in the school census, with DS added in 2025);
 * a change in a later year's guide is a change here.
 */
public final class Sen2 {

    /** SEN2 / school census need type codes, ranked on a plan with the primary need first. */
    public static final Set<String> NEED_TYPES = Set.of(
            "SPLD", "MLD", "SLD", "PMLD", "SEMH", "SLCN", "HI", "VI", "MSI", "PD", "ASD", "DS", "OTH", "NSA");

    /** SEN2 reasons an EHC plan ceased, by code. */
    public static final Map<String, String> CEASE_REASONS = Map.of(
            "1", "reached maximum age (end of the academic year in which the young person turned 25)",
            "2", "ongoing educational or training needs being met without an EHC plan",
            "3", "moved on to higher education",
            "4", "moved on to paid employment, excluding apprenticeships",
            "5", "transferred to another LA",
            "6", "young person no longer wishes to engage in education or training",
            "7", "child or young person has moved outside England",
            "8", "child or young person deceased",
            "9", "other");

    private Sen2() {
    }
}
