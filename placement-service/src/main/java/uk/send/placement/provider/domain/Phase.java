package uk.send.placement.provider.domain;

/** The phase of education a provider serves (GIAS "phase of education"). */
public enum Phase {
    NURSERY, PRIMARY, MIDDLE, SECONDARY, ALL_THROUGH, POST_16
}
