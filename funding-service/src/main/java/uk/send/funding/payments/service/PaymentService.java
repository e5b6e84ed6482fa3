package uk.send.funding.payments.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.send.funding.banding.domain.FundingCategory;
import uk.send.funding.banding.domain.Pricing;
import uk.send.funding.banding.repository.BandingSchemeRepository;
import uk.send.funding.money.domain.FinancialYear;
import uk.send.funding.money.domain.Money;
import uk.send.funding.payments.domain.FundingPolicy;
import uk.send.funding.payments.domain.PaymentLine;
import uk.send.funding.payments.domain.Statement;
import uk.send.funding.payments.repository.FundingPolicyRepository;
import uk.send.funding.payments.repository.PaymentLineRepository;
import uk.send.funding.payments.repository.StatementGenerationRepository;
import uk.send.funding.register.repository.SettingRepository;
import uk.send.platform.domain.PageRequest;
import uk.send.platform.domain.Slice;
import uk.send.platform.domain.VersionCheck;
import uk.send.platform.domain.Conflict;
import uk.send.platform.domain.InvalidInput;
import uk.send.platform.persistence.Generations;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Reads of payment statements and schedules, closing paid months, and the LA's funding policy. */
@ApplicationScoped
public class PaymentService {

    private final PaymentLineRepository lines;
    private final FundingPolicyRepository policies;
    private final SettingRepository settings;
    private final BandingSchemeRepository schemes;
    private final StatementGenerationRepository generationRepository;
    private final Generations generations;

    public PaymentService(PaymentLineRepository lines, FundingPolicyRepository policies, SettingRepository settings, BandingSchemeRepository schemes,
                          StatementGenerationRepository generationRepository, Generations generations) {
        this.lines = lines;
        this.generationRepository = generationRepository;
        this.generations = generations;
        this.policies = policies;
        this.settings = settings;
        this.schemes = schemes;
    }

    /** Whether the URN is a setting of the LA's register (another LA's setting is not). */
    public boolean isRegistered(String tenant, String urn) {
        return settings.findByUrn(tenant, urn).isPresent();
    }

    /**
     * The LA's statement generation: it moves at the commit of any change to what any of its statements shows (migration
     * V65). Read it before {@link #statement}: a statement read after it is never older than it, so a statement kept
     * under this generation is exactly what a fresh read would show while the generation has not moved. Known in memory
     * between changes ({@link Generations}: PostgreSQL NOTIFY, and forgotten here when a change of the LA commits), so
     * finding it costs no round trip.
     */
    public long statementGeneration(String tenant) {
        return generations.current(StatementGenerationRepository.CHANNEL, tenant, () -> generationRepository.generation(tenant));
    }

    /**
     * One setting's statement for a year, or empty if the URN is not a setting of the LA's register. Three queries:
     * the setting with the LA's paid-through month and payment frequency, the totals per pay month, the year's pricing.
     */
    @Transactional
    public Optional<Statement> statement(String tenant, String urn, FinancialYear year) {
        Optional<PaymentLineRepository.StatementHeader> header = lines.statementHeader(tenant, year, urn);
        if (header.isEmpty()) {
            return Optional.empty();
        }
        YearMonth paidThrough = header.get().paidThrough();
        List<Statement.Period> periods = new ArrayList<>();
        BigDecimal topUp = Money.ZERO;
        BigDecimal place = Money.ZERO;
        BigDecimal protection = Money.ZERO;
        BigDecimal adjustments = Money.ZERO;
        for (Object[] r : lines.statementByPayMonth(tenant, year, urn)) {
            YearMonth month = YearMonth.from(toLocalDate(r[0]));
            BigDecimal t = Money.toPenny((BigDecimal) r[1]);
            BigDecimal p = Money.toPenny((BigDecimal) r[2]);
            BigDecimal a = Money.toPenny((BigDecimal) r[3]);
            BigDecimal g = Money.toPenny((BigDecimal) r[5]);
            periods.add(new Statement.Period(month, paidThrough != null && !month.isAfter(paidThrough), t, p, g, a, t.add(p).add(g).add(a),
                    ((Number) r[4]).longValue()));
            topUp = topUp.add(t);
            place = place.add(p);
            protection = protection.add(g);
            adjustments = adjustments.add(a);
        }
        Optional<Object[]> pricing = schemes.latestPricing(tenant, year, FundingCategory.ofSettingType(header.get().settingType()));
        return Optional.of(new Statement(urn, year, header.get().frequency(), paidThrough, periods, topUp, place, protection, adjustments,
                topUp.add(place).add(protection).add(adjustments), pricing.map(p -> Pricing.valueOf((String) p[0])).orElse(Pricing.BANDED),
                pricing.map(p -> (BigDecimal) p[1]).orElse(null)));
    }

    @Transactional
    public Slice<PaymentLine> statementLines(String tenant, String urn, FinancialYear year, PageRequest page) {
        return new Slice<>(lines.statementLines(tenant, year, urn, page.offset(), page.size()), lines.countStatementLines(tenant, year, urn));
    }

    @Transactional
    public Slice<Statement.SettingTotal> schedule(String tenant, FinancialYear year, PageRequest page) {
        List<Statement.SettingTotal> items = lines.scheduleBySetting(tenant, year, page.offset(), page.size()).stream().map(r -> {
            BigDecimal t = Money.toPenny((BigDecimal) r[1]);
            BigDecimal p = Money.toPenny((BigDecimal) r[2]);
            BigDecimal a = Money.toPenny((BigDecimal) r[3]);
            BigDecimal g = Money.toPenny((BigDecimal) r[5]);
            return new Statement.SettingTotal((String) r[0], t, p, g, a, t.add(p).add(g).add(a), ((Number) r[4]).longValue());
        }).toList();
        return new Slice<>(items, lines.countScheduleSettings(tenant, year));
    }

    /** The LA's year per pay month, with the year's total. */
    @Transactional
    public List<Statement.Period> scheduleByMonth(String tenant, FinancialYear year) {
        YearMonth paidThrough = lines.paidThrough(tenant, year).orElse(null);
        return lines.scheduleByPayMonth(tenant, year).stream().map(r -> {
            YearMonth m = YearMonth.from(toLocalDate(r[0]));
            BigDecimal total = Money.toPenny((BigDecimal) r[1]);
            return new Statement.Period(m, paidThrough != null && !m.isAfter(paidThrough), null, null, null, null, total, 0);
        }).toList();
    }

    public Optional<YearMonth> paidThrough(String tenant, FinancialYear year) {
        return lines.paidThrough(tenant, year);
    }

    /** Records that the LA has paid every pay month up to {@code month}: those lines are never rewritten again. */
    @Transactional
    public YearMonth close(String tenant, FinancialYear year, YearMonth month, String by) {
        if (!year.contains(month)) {
            throw new InvalidInput("month", "must be a month of " + year.label());
        }
        lines.lockTenant(tenant);
        Optional<YearMonth> current = lines.paidThrough(tenant, year);
        if (current.isPresent() && current.get().isAfter(month)) {
            throw new Conflict("Months up to " + current.get() + " are already paid; a paid month is never reopened");
        }
        lines.close(tenant, year, month, by);
        // Paid months show on every statement of the LA, and closing publishes no event of its own.
        generations.changedInTransaction(tenant);
        return month;
    }

    @Transactional
    public void forEachLine(String tenant, FinancialYear year, String urnOrNull, Consumer<PaymentLine> sink) {
        lines.forEachLine(tenant, year, urnOrNull, sink);
    }

    public FundingPolicy policy(String tenant) {
        return policies.policy(tenant);
    }

    /** Replaces the LA's policy (If-Match: its version; none yet: any If-Match, or "*"). Applies to schedules written from now on. */
    @Transactional
    public FundingPolicy savePolicy(String tenant, VersionCheck version, FundingPolicy policy) {
        Optional<FundingPolicy> current = policies.find(tenant);
        long expected = -1;
        if (current.isPresent()) {
            version.require(current.get().version());
            expected = current.get().version();
        }
        // The payment frequency shows on every statement of the LA, and saving the policy publishes no event of its own.
        generations.changedInTransaction(tenant);
        if (!policies.save(tenant, policy, expected)) {
            // Changed by someone else since it was read here: the check now fails against the newer version (412).
            policies.find(tenant).ifPresent(now -> version.require(now.version()));
            throw new Conflict("The funding policy changed since you read it");
        }
        return policies.find(tenant).orElseThrow();
    }

    private static LocalDate toLocalDate(Object o) {
        return o instanceof LocalDate d ? d : ((Date) o).toLocalDate();
    }
}
