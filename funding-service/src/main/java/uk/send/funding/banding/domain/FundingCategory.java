package uk.send.funding.banding.domain;

/** The kinds of setting a banding scheme prices separately (one scheme per LA, financial year and category). */
public enum FundingCategory {
    MAINSTREAM, RESOURCED_PROVISION, SPECIAL, ALTERNATIVE_PROVISION, POST_16, INDEPENDENT_NON_MAINTAINED;

    /** The place funding rate per commissioned place (DOMAIN.md "Money facts"), where the category gets place funding. */
    public boolean hasPlaceFunding() {
        return this == RESOURCED_PROVISION || this == SPECIAL || this == ALTERNATIVE_PROVISION;
    }
}
