package uk.send.funding.banding.domain;

/** The kinds of setting a banding scheme prices separately (one scheme per LA, financial year and category). */
public enum FundingCategory {
    MAINSTREAM, RESOURCED_PROVISION, SPECIAL, ALTERNATIVE_PROVISION, POST_16, INDEPENDENT_NON_MAINTAINED;

    /**
     * The category a setting of the register is funded as (its {@code SettingType} name): mainstream schools and
     * early years as MAINSTREAM, pupil referral units as AP, independent special schools as independent/NMI.
     */
    public static FundingCategory ofSettingType(String settingType) {
        return switch (settingType) {
            case "RESOURCED_PROVISION" -> RESOURCED_PROVISION;
            case "SPECIAL" -> SPECIAL;
            case "ALTERNATIVE_PROVISION", "PUPIL_REFERRAL_UNIT" -> ALTERNATIVE_PROVISION;
            case "POST_16" -> POST_16;
            case "INDEPENDENT_SPECIAL" -> INDEPENDENT_NON_MAINTAINED;
            default -> MAINSTREAM;
        };
    }

    /** The place funding rate per commissioned place (DOMAIN.md "Money facts"), where the category gets place funding. */
    public boolean hasPlaceFunding() {
        return this == RESOURCED_PROVISION || this == SPECIAL || this == ALTERNATIVE_PROVISION;
    }
}
