package uk.send.funding.benchmarks.domain;

import uk.send.funding.banding.domain.FundingCategory;
import uk.send.funding.banding.domain.SchemeBook;
import uk.send.funding.banding.domain.SchemeVersion;
import uk.send.funding.modelling.domain.Position;
import uk.send.funding.modelling.domain.PriceTable;
import uk.send.funding.modelling.domain.Proposal;
import uk.send.funding.money.domain.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An LA's benchmark figures per funding category, from its own data only: the band values of the scheme in force on
 * the day, and the average top-up per EHCP of the EHCPs placed that day, each priced by the banding engine (the same
 * {@link PriceTable} the impact model and payments use, never a second copy of the arithmetic).
 *
 * <p>Disclosure control: an average over few EHCPs or few settings could point at a child or a school, so the
 * average top-up of a category with fewer than {@link #MIN_EHCPS} priced EHCPs or fewer than {@link #MIN_SETTINGS}
 * settings is suppressed (left out, never shared). Band values are the LA's published scheme, not derived from
 * children, so they are not suppressed.
 */
public final class Aggregates {

    /** The fewest priced EHCPs in a category whose average top-up may be shown or shared. */
    public static final int MIN_EHCPS = 5;
    /** The fewest settings in a category whose average top-up may be shown or shared. */
    public static final int MIN_SETTINGS = 5;

    private Aggregates() {
    }

    public static List<Aggregate> of(List<Position> positions, SchemeBook schemes, LocalDate asAt) {
        PriceTable prices = new PriceTable(schemes, asAt, new Proposal(null, null, null));
        Map<FundingCategory, BigDecimal> totals = new EnumMap<>(FundingCategory.class);
        Map<FundingCategory, int[]> ehcps = new EnumMap<>(FundingCategory.class);
        Map<FundingCategory, Set<String>> settings = new EnumMap<>(FundingCategory.class);
        for (Position p : positions) {
            FundingCategory category = FundingCategory.ofSettingType(p.settingType());
            BigDecimal value = p.bandCode() == null ? null : prices.now(category, p.bandCode());
            if (value == null) {
                continue;
            }
            totals.merge(category, value.multiply(BigDecimal.valueOf(p.ehcps())), BigDecimal::add);
            ehcps.computeIfAbsent(category, c -> new int[1])[0] += p.ehcps();
            settings.computeIfAbsent(category, c -> new HashSet<>()).add(p.settingUrn());
        }
        List<Aggregate> out = new ArrayList<>();
        for (FundingCategory category : FundingCategory.values()) {
            int n = ehcps.containsKey(category) ? ehcps.get(category)[0] : 0;
            if (n >= MIN_EHCPS && settings.get(category).size() >= MIN_SETTINGS) {
                out.add(new Aggregate(category, BenchmarkMeasure.AVERAGE_TOP_UP_PER_EHCP, Money.toPenny(totals.get(category), n)));
            }
            Optional<SchemeVersion> scheme = schemes.inForce(category, asAt);
            scheme.flatMap(s -> s.bands().stream().map(b -> s.topUp(b.annualValue())).min(Comparator.naturalOrder()))
                    .ifPresent(v -> out.add(new Aggregate(category, BenchmarkMeasure.LOWEST_BAND_VALUE, v)));
            scheme.flatMap(s -> s.bands().stream().map(b -> s.topUp(b.annualValue())).max(Comparator.naturalOrder()))
                    .ifPresent(v -> out.add(new Aggregate(category, BenchmarkMeasure.HIGHEST_BAND_VALUE, v)));
        }
        return out;
    }
}
