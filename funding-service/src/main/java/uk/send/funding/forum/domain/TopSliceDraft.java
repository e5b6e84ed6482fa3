package uk.send.funding.forum.domain;

import uk.send.funding.money.domain.FinancialYear;
import uk.send.funding.register.entity.SettingType;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;

/**
 * A top-slice as proposed: the sum needed, what it funds, the base it is shared by, the setting types in scope
 * (mainstream schools by default: primary, secondary, all-through) and the financial year.
 */
public record TopSliceDraft(String name, String purpose, FinancialYear financialYear, BigDecimal sumNeeded, TopSliceBase base,
                            Set<SettingType> settingTypes) {

    public static final Set<SettingType> MAINSTREAM = EnumSet.of(SettingType.MAINSTREAM_PRIMARY, SettingType.MAINSTREAM_SECONDARY,
            SettingType.ALL_THROUGH);

    public TopSliceDraft {
        settingTypes = settingTypes == null || settingTypes.isEmpty() ? MAINSTREAM : EnumSet.copyOf(settingTypes);
    }
}
