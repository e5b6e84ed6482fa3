package uk.send.placement.ledger.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.send.placement.ledger.domain.AcademicYear;
import uk.send.placement.ledger.domain.LedgerTotals;
import uk.send.placement.ledger.domain.LedgerTotals.Dimension;
import uk.send.placement.ledger.domain.LedgerTotals.Figures;
import uk.send.placement.ledger.domain.LedgerTotals.Group;
import uk.send.placement.ledger.domain.VacancyBand;
import uk.send.placement.ledger.repository.LedgerRepository;
import uk.send.placement.ledger.repository.LedgerTotalsRepository;
import uk.send.placement.provider.domain.NeedType;
import uk.send.placement.provider.domain.Phase;
import uk.send.placement.provider.domain.SettingGroup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * "For each need and phase, how many specialist places the LA has and how many are filled": the place ledger summed
 * by need type, phase and/or setting group, each group and the whole checked against the LA's vacancy band.
 */
@ApplicationScoped
public class LedgerTotalsService {

    private final LedgerTotalsRepository totals;
    private final LedgerRepository ledger;
    private final Clock clock;

    public LedgerTotalsService(LedgerTotalsRepository totals, LedgerRepository ledger, Clock clock) {
        this.totals = totals;
        this.ledger = ledger;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The year's places grouped by {@code by} (in that order; empty: one group, the LA's whole ledger). */
    @Transactional
    public LedgerTotals totals(String tenant, AcademicYear year, List<Dimension> by) {
        LocalDate day = year.countingDay(today());
        VacancyBand band = ledger.settings(tenant).band();
        List<Dimension> dims = by.stream().distinct().toList();
        List<Group> groups = new ArrayList<>();
        for (LedgerTotalsRepository.Row r : totals.totals(tenant, year, day, dims.isEmpty() ? EnumSet.noneOf(Dimension.class) : EnumSet.copyOf(dims))) {
            groups.add(new Group(r.needType() == null ? null : NeedType.valueOf(r.needType()), r.phase() == null ? null : Phase.valueOf(r.phase()),
                    r.settingGroup() == null ? null : SettingGroup.valueOf(r.settingGroup()), figures(r, band)));
        }
        // The whole is asked for, not summed from the groups: a provider with places for two needs sits in two groups.
        Figures total = dims.isEmpty() && !groups.isEmpty() ? groups.get(0).figures()
                : totals.totals(tenant, year, day, EnumSet.noneOf(Dimension.class)).stream().findFirst().map(r -> figures(r, band))
                .orElse(Figures.of(0, 0, 0, 0, band));
        return new LedgerTotals(year, day, band, dims, groups, total);
    }

    private static Figures figures(LedgerTotalsRepository.Row r, VacancyBand band) {
        return Figures.of(r.providers(), r.commissioned(), r.occupied(), r.requested(), band);
    }
}
