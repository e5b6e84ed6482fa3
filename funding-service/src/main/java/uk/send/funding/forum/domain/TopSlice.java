package uk.send.funding.forum.domain;

import uk.send.funding.money.domain.FinancialYear;
import uk.send.funding.register.entity.SettingType;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * A saved top-slice proposal with its outcome. {@code settings} is how many schools it deducts from,
 * {@code settingsWithoutBase} how many in scope had no base recorded for the year (left out, and shown so).
 * The vote fields are set once the forum has voted; {@code tradedModel} and {@code pricePerSchool} once a failed
 * proposal is switched to a traded or insurance model.
 */
public record TopSlice(UUID id, String name, String purpose, FinancialYear financialYear, BigDecimal sumNeeded, TopSliceBase base,
                       Set<SettingType> settingTypes, int settings, int settingsWithoutBase, TopSliceStatus status,
                       LocalDate meetingDate, String minuteRef, Tally tally, VoteThreshold threshold,
                       TradedModel tradedModel, BigDecimal pricePerSchool, String createdBy, Instant createdAt, Instant updatedAt,
                       long version) {
}
