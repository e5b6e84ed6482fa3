package uk.send.funding.forum.domain;

import uk.send.funding.register.entity.SettingType;

import java.math.BigDecimal;

/**
 * One school's deduction under a top-slice: its base (budget share in £ or pupils), the deduction to the penny and
 * what that is as a % of its budget share (3 places, half-up; null when no budget share is recorded).
 */
public record Deduction(String urn, SettingType type, BigDecimal baseValue, BigDecimal budgetShare, BigDecimal deduction,
                        BigDecimal percentOfBudget) {
}
