package uk.send.placement.provider.domain;

/**
 * The groups of setting that the ledger, the forecast and the cost table count in: the columns of an
 * LA's DSG management plan for specialist places.
 */
public enum SettingGroup {
    /** Maintained, academy and free special schools. */
    SPECIAL,
    /** Resourced provision and SEN units in mainstream schools. */
    RESOURCED_PROVISION,
    /** Independent and non-maintained special schools (INMSS / NMI). */
    INDEPENDENT,
    /** Pupil referral units and alternative provision academies and free schools. */
    ALTERNATIVE_PROVISION,
    /** Colleges and specialist post-16 institutions. */
    POST_16;

    /** The group a provider without a GIAS type counts in, from the register's own coarser type. */
    public static SettingGroup of(ProviderType type) {
        return switch (type) {
            case SPECIAL_SCHOOL, OUT_COUNTY -> SPECIAL;
            case RESOURCED_PROVISION -> RESOURCED_PROVISION;
            case ALTERNATIVE_PROVISION -> ALTERNATIVE_PROVISION;
            case INDEPENDENT_NON_MAINTAINED -> INDEPENDENT;
            case POST_16 -> POST_16;
        };
    }
}
