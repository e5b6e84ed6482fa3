package uk.send.funding.topup.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.send.funding.banding.domain.FundingCategory;
import uk.send.funding.banding.domain.SchemeBook;
import uk.send.funding.money.domain.FinancialYear;
import uk.send.funding.payments.domain.FundingPolicy;
import uk.send.funding.payments.repository.PaymentLineRepository;
import uk.send.funding.payments.service.ScheduleWriter;
import uk.send.funding.topup.domain.WholeYearPrices;
import uk.send.funding.topup.repository.WholeYearRepository;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The set-based half of repricing an LA's year (an approved uplift or new scheme version): every EHCP placed at one
 * setting with one band for the whole year is repriced from one price per (category, band) and month, in one SQL
 * statement, exactly as the per-EHCP pricing would price it. The caller prices the EHCPs it did not cover one by one.
 */
@ApplicationScoped
public class WholeYearRepricer {

    private final WholeYearRepository wholeYear;
    private final PaymentLineRepository lines;

    public WholeYearRepricer(WholeYearRepository wholeYear, PaymentLineRepository lines) {
        this.wholeYear = wholeYear;
        this.lines = lines;
    }

    /**
     * Reprices the year's whole-year EHCPs; what changed goes into {@code changes} (per setting).
     *
     * @return the EHCPs covered (their lines now match what is due) and what was written
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Covered reprice(String tenant, FinancialYear year, SchemeBook book, FundingPolicy policy, ScheduleWriter.Changes changes,
                           String reason) {
        Set<FundingCategory> categories = EnumSet.noneOf(FundingCategory.class);
        book.approved().stream().filter(v -> v.year().equals(year)).forEach(v -> categories.add(v.category()));
        if (categories.isEmpty()) {
            return new Covered(Set.of(), ScheduleWriter.Outcome.NONE);
        }
        Map<String, FundingCategory> categoryOfType = new LinkedHashMap<>();
        wholeYear.settingTypes(tenant).forEach(t -> categoryOfType.put(t, FundingCategory.ofSettingType(t)));
        var prices = WholeYearPrices.of(year, book, categories, policy.method(), policy.calendar());
        var done = wholeYear.reprice(tenant, year, prices, categoryOfType, categories, policy.frequency(),
                lines.paidThrough(tenant, year).orElse(null));
        int updated = 0;
        for (var e : done.bySetting().entrySet()) {
            changes.addAll(year, e.getKey(), e.getValue().change(), e.getValue().lines(), reason);
            updated += e.getValue().lines();
        }
        return new Covered(done.ehcps(), new ScheduleWriter.Outcome(updated, updated, 0, done.bySetting().size()));
    }

    /** The EHCPs whose year was repriced here, and the lines written. */
    public record Covered(Set<String> ehcps, ScheduleWriter.Outcome outcome) {
    }
}
