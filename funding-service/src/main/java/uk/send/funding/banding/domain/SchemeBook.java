package uk.send.funding.banding.domain;

import uk.send.funding.money.domain.DateRange;
import uk.send.funding.money.domain.FinancialYear;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The approved scheme versions of one LA, answering "what was band X worth in category C on day D".
 * The version in force on a day is the approved one of that day's financial year with the latest
 * {@code effectiveFrom} on or before it.
 */
public final class SchemeBook {

    /** Days priced at one value. */
    public record Price(DateRange days, BigDecimal annualValue, SchemeVersion scheme) {
    }

    private final List<SchemeVersion> approved;

    public SchemeBook(List<SchemeVersion> versions) {
        this.approved = versions.stream().filter(v -> v.status() == SchemeStatus.APPROVED)
                .sorted(Comparator.comparing(SchemeVersion::effectiveFrom)).toList();
    }

    public Optional<SchemeVersion> inForce(FundingCategory category, LocalDate day) {
        FinancialYear fy = FinancialYear.of(day);
        SchemeVersion found = null;
        for (SchemeVersion v : approved) {
            if (v.category() == category && v.year().equals(fy) && !v.effectiveFrom().isAfter(day)) {
                found = v;
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * The prices of {@code bandCode} over {@code days} (within one financial year), one per scheme version in
     * force; days with no scheme in force or no such band are left out.
     */
    public List<Price> prices(FundingCategory category, String bandCode, DateRange days) {
        List<LocalDate> cuts = new ArrayList<>();
        cuts.add(days.from());
        for (SchemeVersion v : approved) {
            if (v.category() == category && v.effectiveFrom().isAfter(days.from()) && !v.effectiveFrom().isAfter(days.to())) {
                cuts.add(v.effectiveFrom());
            }
        }
        List<LocalDate> starts = cuts.stream().distinct().sorted().toList();
        List<Price> prices = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            LocalDate from = starts.get(i);
            LocalDate to = i + 1 < starts.size() ? starts.get(i + 1).minusDays(1) : days.to();
            inForce(category, from).ifPresent(v -> v.value(bandCode)
                    .ifPresent(value -> prices.add(new Price(new DateRange(from, to), value, v))));
        }
        return prices;
    }

    /** The funding categories with an approved version for {@code year}. */
    public Set<FundingCategory> categories(FinancialYear year) {
        Set<FundingCategory> categories = EnumSet.noneOf(FundingCategory.class);
        approved().stream().filter(v -> v.year().equals(year)).forEach(v -> categories.add(v.category()));
        return categories;
    }

    public List<SchemeVersion> approved() {
        return approved;
    }
}
