package uk.send.funding.forum.domain;

import uk.send.funding.register.entity.SettingType;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A setting's budget share (£) and pupil numbers for a financial year, as the register holds them: the base of a
 * top-slice. Either may be absent.
 */
public record SettingBudget(String urn, String name, SettingType type, boolean active, BigDecimal budgetShare, Integer pupils,
                            String updatedBy, Instant updatedAt) {
}
