package uk.send.placement.alternativeprovision.domain;

/** One line of the exclusions table: an academic year (its starting calendar year), an NCY and the counts. */
public record ExclusionRow(int academicYear, int ncy, int permanentExclusions, int suspensions) {
}
