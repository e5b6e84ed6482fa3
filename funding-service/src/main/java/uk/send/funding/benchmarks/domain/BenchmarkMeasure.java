package uk.send.funding.benchmarks.domain;

/** What a neighbour benchmark compares, per funding category (setting type) and financial year; all in £ a year. */
public enum BenchmarkMeasure {
    /** Annual top-up of the category's EHCPs placed on the day, priced by the scheme in force, divided by their number. */
    AVERAGE_TOP_UP_PER_EHCP,
    /** The lowest band's annual top-up in the scheme in force. */
    LOWEST_BAND_VALUE,
    /** The highest band's annual top-up in the scheme in force. */
    HIGHEST_BAND_VALUE
}
