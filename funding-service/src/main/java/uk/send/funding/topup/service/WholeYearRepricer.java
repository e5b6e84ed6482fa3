package uk.send.funding.topup.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.send.funding.banding.domain.FundingCategory;
import uk.send.funding.banding.domain.SchemeBook;
import uk.send.funding.money.domain.FinancialYear;
import uk.send.funding.payments.domain.FundingPolicy;
import uk.send.funding.payments.repository.PaymentLineRepository;
import uk.send.funding.payments.service.ScheduleWriter;
import uk.send.funding.topup.domain.MonthPrices;
import uk.send.funding.topup.domain.WholeYearPrices;
import uk.send.funding.topup.repository.WholeYearRepository;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The set-based half of repricing an LA's year (an approved uplift or new scheme version): the unpaid months of every
 * EHCP placed at one setting with one band for the whole year read one shared price per (category, band) and month
 * (V67), so bringing those few prices up to date reprices all such EHCPs at once, exactly as the per-EHCP pricing would
 * price them. The caller prices the EHCPs not left to their prices one by one, which also links them to the prices.
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
     * Brings the year's month prices up to date; what that changed goes into {@code changes} (per setting).
     *
     * @param register the funding category of each setting of the register, by URN
     * @return the EHCPs to price one by one (every other EHCP's lines now show what is due) and what was written
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Repriced reprice(String tenant, FinancialYear year, SchemeBook book, FundingPolicy policy, Map<String, FundingCategory> register,
                            ScheduleWriter.Changes changes, String reason) {
        Set<FundingCategory> categories = book.categories(year);
        if (categories.isEmpty()) {
            return new Repriced(wholeYear.split(tenant, year, Map.of(), Map.of(), Set.of()).oneByOne(), ScheduleWriter.Outcome.NONE, Map.of());
        }
        var due = due(year, book, categories, policy);
        YearMonth paidThrough = lines.paidThrough(tenant, year).orElse(null);
        List<MonthPrices.Stored> stored = wholeYear.prices(tenant, year, categories);
        var resync = MonthPrices.resync(stored, due, paidThrough);
        wholeYear.insertPrices(tenant, year, resync.insert());
        wholeYear.updatePrices(tenant, resync.update());
        var split = wholeYear.split(tenant, year, register, MonthPrices.dueMonths(year, due), resync.oneByOne());
        // What the EHCPs left to their prices now read; the others' lines are accounted by the per-EHCP pricing (priceDelta).
        var bySetting = MonthPrices.changeBySetting(year, stored, resync, split.readers(), paidThrough);
        int updated = 0;
        for (var e : bySetting.entrySet()) {
            changes.addAll(year, e.getKey(), e.getValue().amount(), e.getValue().lines(), reason);
            updated += e.getValue().lines();
        }
        return new Repriced(split.oneByOne(), new ScheduleWriter.Outcome(updated, updated, 0, bySetting.size()), resync.delta());
    }

    /**
     * The year's month prices for the per-EHCP pricing to link whole-year EHCPs' lines to; those of the cells now due are
     * created where missing (a write only then: the drain asks for them every batch).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<MonthPrices.Key, MonthPrices.Stored> linkable(String tenant, FinancialYear year, SchemeBook book, FundingPolicy policy) {
        Set<FundingCategory> categories = book.categories(year);
        if (categories.isEmpty()) {
            return Map.of();
        }
        Map<MonthPrices.Key, MonthPrices.Stored> stored = MonthPrices.byKey(wholeYear.prices(tenant, year, categories));
        Map<MonthPrices.Key, BigDecimal> missing = new LinkedHashMap<>(due(year, book, categories, policy));
        missing.keySet().removeAll(stored.keySet());
        if (missing.isEmpty()) {
            return stored;
        }
        wholeYear.insertPrices(tenant, year, missing);
        return MonthPrices.byKey(wholeYear.prices(tenant, year, categories));
    }

    /** What a whole-year EHCP of each category and band is due per month, keyed as the prices are. */
    private static Map<MonthPrices.Key, BigDecimal> due(FinancialYear year, SchemeBook book, Set<FundingCategory> categories, FundingPolicy policy) {
        return MonthPrices.of(WholeYearPrices.of(year, book, categories, policy.method(), policy.calendar()), policy.frequency()::payMonth);
    }

    /**
     * The EHCPs to price one by one (every other EHCP's year is repriced here), the lines whose amount changed, and the
     * change of each price updated (by id): lines of EHCPs priced one by one may read them too, and are accounted there.
     */
    public record Repriced(List<String> oneByOne, ScheduleWriter.Outcome outcome, Map<Long, BigDecimal> priceDelta) {
    }
}
