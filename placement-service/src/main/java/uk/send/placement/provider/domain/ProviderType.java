package uk.send.placement.provider.domain;

/** The kinds of setting that offer specialist places. */
public enum ProviderType {
    SPECIAL_SCHOOL, RESOURCED_PROVISION, ALTERNATIVE_PROVISION, INDEPENDENT_NON_MAINTAINED, OUT_COUNTY, POST_16
}
