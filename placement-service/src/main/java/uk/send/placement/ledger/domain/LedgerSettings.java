package uk.send.placement.ledger.domain;

import java.time.MonthDay;

/**
 * An LA's ledger settings: its vacancy band and the day of the year its place change request is due; {@code stored}
 * is false while the LA has set none (the defaults apply, and the first change needs no If-Match).
 */
public record LedgerSettings(VacancyBand band, MonthDay placeChangeDeadline, long version, boolean stored) {
}
