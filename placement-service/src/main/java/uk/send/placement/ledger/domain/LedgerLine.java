package uk.send.placement.ledger.domain;

import uk.send.placement.provider.domain.NeedType;
import uk.send.placement.provider.domain.SettingGroup;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * One line of the place ledger: a provider's places for one need type in one academic year.
 *
 * @param requested places asked of the DfE for the next academic year (null: unchanged, rolls forward)
 */
public record LedgerLine(UUID providerId, String providerName, String urn, SettingGroup settingGroup, boolean outOfArea,
                         AcademicYear academicYear, NeedType needType, int commissioned, int occupied, Integer requested,
                         VacancyBand.State bandState) {

    public int vacant() {
        return commissioned - occupied;
    }

    public BigDecimal vacancyPct() {
        return VacancyBand.vacancyPct(commissioned, occupied);
    }
}
