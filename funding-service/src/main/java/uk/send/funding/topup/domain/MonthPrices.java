package uk.send.funding.topup.domain;

import uk.send.funding.banding.domain.FundingCategory;
import uk.send.funding.money.domain.FinancialYear;
import uk.send.funding.money.domain.Money;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * The shared month prices that whole-year children's unpaid lines read (one per category, band, month and pay month), and
 * how an approved scheme change brings them up to date.
 *
 * <p>A whole-year child's unpaid scheduled line holds no amount of its own but reads its month's price, so changing a
 * price reprices every such child at once. What a price may not do is change a paid month: those lines were paid (and
 * hold their amounts since the month was closed), so a change there is for each child's pricing to settle with an
 * adjustment line. {@link #resync} therefore says which (category, band) must be priced child by child.
 */
public final class MonthPrices {

    /** Where a price applies. */
    public record Key(FundingCategory category, String bandCode, YearMonth forMonth, YearMonth payMonth) {
    }

    /** A stored price. */
    public record Stored(long id, Key key, BigDecimal amount) {
    }

    /** A funding category and band whose children cannot be left to their prices this time. */
    public record CategoryBand(FundingCategory category, String bandCode) {
    }

    /**
     * What bringing the prices up to date does.
     *
     * @param insert    cells without a stored price: their amounts (no line reads them yet)
     * @param update    stored prices whose amount changes: id to the new amount
     * @param delta     the same prices: id to the change (new less old), for accounting the lines that read them
     * @param oneByOne  (category, band) whose children must be priced one by one: a paid month's price changed (an
     *                  adjustment is due), or a month's price fell to nothing (its lines are to go, not show 0.00)
     */
    public record Resync(Map<Key, BigDecimal> insert, Map<Long, BigDecimal> update, Map<Long, BigDecimal> delta, Set<CategoryBand> oneByOne) {
    }

    private MonthPrices() {
    }

    /** The cells keyed as prices are: each month with the pay month the LA's frequency gives it. */
    public static Map<Key, BigDecimal> of(List<WholeYearPrices.Cell> cells, UnaryOperator<YearMonth> payMonth) {
        Map<Key, BigDecimal> byKey = new LinkedHashMap<>();
        for (WholeYearPrices.Cell c : cells) {
            byKey.put(new Key(c.category(), c.bandCode(), c.month(), payMonth.apply(c.month())), c.amount());
        }
        return byKey;
    }

    /**
     * Brings {@code stored} (the prices of the categories being repriced) to {@code due}: a price with no cell is due
     * nothing (a band no longer in the scheme, a pay month of a former payment frequency).
     *
     * @param paidThrough the last pay month paid, or null
     */
    public static Resync resync(Collection<Stored> stored, Map<Key, BigDecimal> due, YearMonth paidThrough) {
        Map<Key, BigDecimal> insert = new LinkedHashMap<>(due);
        Map<Long, BigDecimal> update = new LinkedHashMap<>();
        Map<Long, BigDecimal> delta = new LinkedHashMap<>();
        Set<CategoryBand> oneByOne = new HashSet<>();
        for (Stored s : stored) {
            insert.remove(s.key());
            BigDecimal now = due.getOrDefault(s.key(), Money.ZERO);
            if (now.compareTo(s.amount()) == 0) {
                continue;
            }
            update.put(s.id(), now);
            delta.put(s.id(), now.subtract(s.amount()));
            boolean paid = paidThrough != null && !s.key().payMonth().isAfter(paidThrough);
            if (paid || now.signum() == 0) {
                oneByOne.add(new CategoryBand(s.key().category(), s.key().bandCode()));
            }
        }
        return new Resync(insert, update, delta, oneByOne);
    }

    /** A month's bit in a set of months of {@code year}: bit 0 is April, bit 11 March. */
    public static int monthBit(FinancialYear year, YearMonth month) {
        return 1 << (int) YearMonth.from(year.start()).until(month, ChronoUnit.MONTHS);
    }

    /** Per (category, band): the months of {@code year} it is due anything. */
    public static Map<CategoryBand, Integer> dueMonths(FinancialYear year, Map<Key, BigDecimal> due) {
        Map<CategoryBand, Integer> months = new LinkedHashMap<>();
        due.forEach((k, amount) -> {
            if (amount.signum() != 0) {
                months.merge(new CategoryBand(k.category(), k.bandCode()), monthBit(year, k.forMonth()), (a, b) -> a | b);
            }
        });
        return months;
    }

    /** A whole-year child whose unpaid lines read the prices: its setting, (category, band) and the months it is due anything. */
    public record Reader(String settingUrn, CategoryBand band, int dueMonths) {
    }

    /** What changed at one setting: the total and the number of lines whose amount changed. */
    public record Change(BigDecimal amount, int lines) {
    }

    /**
     * Per setting: what {@code resync}'s price updates change for {@code readers} (each with how many EHCPs read as it). A
     * reader reads one price per unpaid month it is due anything (its (category, band), that month, its pay month), so
     * its lines that change are the changed unpaid prices of its (category, band) in its months, each by the price's change.
     */
    public static Map<String, Change> changeBySetting(FinancialYear year, Collection<Stored> stored, Resync resync, Map<Reader, Integer> readers,
                                                      YearMonth paidThrough) {
        Map<CategoryBand, List<Stored>> changed = new LinkedHashMap<>();
        for (Stored s : stored) {
            boolean paid = paidThrough != null && !s.key().payMonth().isAfter(paidThrough);
            if (resync.delta().containsKey(s.id()) && !paid) {
                changed.computeIfAbsent(new CategoryBand(s.key().category(), s.key().bandCode()), k -> new ArrayList<>()).add(s);
            }
        }
        Map<String, Change> bySetting = new TreeMap<>();
        readers.forEach((r, count) -> {
            for (Stored s : changed.getOrDefault(r.band(), List.of())) {
                if ((r.dueMonths() & monthBit(year, s.key().forMonth())) != 0) {
                    bySetting.merge(r.settingUrn(), new Change(resync.delta().get(s.id()).multiply(BigDecimal.valueOf(count)), count),
                            (a, b) -> new Change(a.amount().add(b.amount()), a.lines() + b.lines()));
                }
            }
        });
        return bySetting;
    }

    /** The keys of {@code stored} as a map to the stored prices. */
    public static Map<Key, Stored> byKey(Collection<Stored> stored) {
        Map<Key, Stored> byKey = new LinkedHashMap<>();
        stored.forEach(s -> byKey.put(s.key(), s));
        return byKey;
    }
}
