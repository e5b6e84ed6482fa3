package uk.send.placement.ledger.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The share of commissioned places an LA wants to keep empty: "some unfilled places for in-year
 * admission, but no waste" (e.g. 3%–8%). A line of the ledger is inside the band, {@link State#ABOVE}
 * it (too many empty places: waste) or {@link State#BELOW} it (too full for in-year admissions).
 */
public record VacancyBand(BigDecimal minPct, BigDecimal maxPct) {

    public enum State { IN, ABOVE, BELOW }

    public static final VacancyBand DEFAULT = new VacancyBand(new BigDecimal("3.00"), new BigDecimal("8.00"));

    public VacancyBand {
        if (minPct.signum() < 0 || maxPct.compareTo(BigDecimal.valueOf(100)) > 0 || minPct.compareTo(maxPct) > 0) {
            throw new IllegalArgumentException("vacancy band must satisfy 0 <= min <= max <= 100");
        }
    }

    /** Vacant places as a percentage of commissioned places, to 2 places; null when nothing is commissioned. */
    public static BigDecimal vacancyPct(int commissioned, int occupied) {
        if (commissioned == 0) {
            return null;
        }
        return BigDecimal.valueOf((long) (commissioned - occupied) * 100).divide(BigDecimal.valueOf(commissioned), 2, RoundingMode.HALF_UP);
    }

    /** Where a line sits; nothing commissioned and nobody placed is in band, anyone placed without places is below. */
    public State classify(int commissioned, int occupied) {
        BigDecimal pct = vacancyPct(commissioned, occupied);
        if (pct == null) {
            return occupied > 0 ? State.BELOW : State.IN;
        }
        if (pct.compareTo(maxPct) > 0) {
            return State.ABOVE;
        }
        return pct.compareTo(minPct) < 0 ? State.BELOW : State.IN;
    }
}
