package uk.send.funding.topup.service;

import uk.send.funding.banding.domain.FundingCategory;
import uk.send.funding.money.domain.FinancialYear;
import uk.send.funding.payments.domain.Element;
import uk.send.funding.payments.domain.PaymentFrequency;
import uk.send.funding.payments.domain.PaymentLine;
import uk.send.funding.payments.domain.ScheduleReconciler;
import uk.send.funding.payments.service.ScheduleWriter;
import uk.send.funding.topup.domain.MonthPrices;
import uk.send.funding.topup.domain.Segment;
import uk.send.funding.topup.repository.WholeYearRepository;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which of a chunk's whole-year EHCPs read the shared month prices (V67), which price each of their unpaid scheduled
 * lines reads, and the months each is due anything (an uplift that changes those months prices the EHCP one by one). An EHCP is linked when every unpaid month it is due has a price of exactly that amount (a price out of
 * date, after a change of the LA's pro-rata method say, leaves the EHCP holding its own amounts until the next uplift
 * brings the prices up to date and links it); only a linked EHCP's lines read prices.
 */
final class WholeYearLinks {

    private final Map<String, WholeYearRepository.Shape> shapes = new LinkedHashMap<>();
    private final Map<MonthPrices.Key, MonthPrices.Stored> prices;
    private final PaymentFrequency frequency;

    /**
     * @param whole       the chunk's whole-year EHCPs: their one segment of the year
     * @param register    each setting's funding category
     * @param prices      the year's month prices
     * @param paidThrough the last pay month paid, or null
     * @param due         what the chunk's EHCPs are due per cell
     */
    WholeYearLinks(Map<String, Segment> whole, Map<String, FundingCategory> register, Map<MonthPrices.Key, MonthPrices.Stored> prices,
                   PaymentFrequency frequency, YearMonth paidThrough, Map<ScheduleReconciler.Cell, BigDecimal> due, FinancialYear year) {
        this.prices = prices;
        this.frequency = frequency;
        Set<String> unlinkable = new HashSet<>();
        Map<String, Integer> dueMonths = new HashMap<>();
        whole.forEach((ref, segment) -> shapes.put(ref, new WholeYearRepository.Shape(ref, segment.settingUrn(), segment.bandCode(),
                register.get(segment.settingUrn()), true, 0)));
        due.forEach((cell, amount) -> {
            if (shapes.containsKey(cell.ehcpRef()) && amount.signum() != 0) {
                dueMonths.merge(cell.ehcpRef(), MonthPrices.monthBit(year, cell.forMonth()), (a, b) -> a | b);
            }
            YearMonth payMonth = frequency.payMonth(cell.forMonth());
            if (shapes.containsKey(cell.ehcpRef()) && !ScheduleReconciler.isPaid(payMonth, paidThrough) && amount.signum() != 0
                    && price(new PaymentLine(null, cell.settingUrn(), cell.ehcpRef(), cell.element(), cell.forMonth(), payMonth, false, amount, null),
                    false) == null) {
                unlinkable.add(cell.ehcpRef());
            }
        });
        List<WholeYearRepository.Shape> all = new ArrayList<>(shapes.values());
        for (WholeYearRepository.Shape s : all) {
            boolean linked = s.category() != null && !unlinkable.contains(s.ehcpRef());
            shapes.put(s.ehcpRef(), new WholeYearRepository.Shape(s.ehcpRef(), s.settingUrn(), s.bandCode(), s.category(), linked,
                    dueMonths.getOrDefault(s.ehcpRef(), 0)));
        }
    }

    List<WholeYearRepository.Shape> shapes() {
        return List.copyOf(shapes.values());
    }

    /** How the writer links lines: {@code stored} is the price each stored line reads now (by line id). */
    ScheduleWriter.SharedPrices sharedPrices(Map<Long, Long> stored) {
        return new ScheduleWriter.SharedPrices() {
            @Override
            public Long priceFor(PaymentLine line) {
                return price(line, true);
            }

            @Override
            public Long storedPrice(long lineId) {
                return stored.get(lineId);
            }
        };
    }

    /** The price of exactly this line's amount for its EHCP's category, band and month, or null. */
    private Long price(PaymentLine line, boolean onlyLinked) {
        WholeYearRepository.Shape shape = line.ehcpRef() == null ? null : shapes.get(line.ehcpRef());
        if (shape == null || shape.category() == null || (onlyLinked && !shape.linked()) || line.element() != Element.TOP_UP || line.adjustment()
                || !shape.settingUrn().equals(line.settingUrn()) || !line.payMonth().equals(frequency.payMonth(line.forMonth()))) {
            return null;
        }
        MonthPrices.Stored p = prices.get(new MonthPrices.Key(shape.category(), shape.bandCode(), line.forMonth(), line.payMonth()));
        return p != null && p.amount().compareTo(line.amount()) == 0 ? p.id() : null;
    }
}
