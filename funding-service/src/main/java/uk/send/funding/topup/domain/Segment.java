package uk.send.funding.topup.domain;

import uk.send.funding.money.domain.DateRange;

/** Days an EHCP is placed at one setting with one band (band null: none agreed yet). */
public record Segment(String settingUrn, String bandCode, DateRange days) {
}
