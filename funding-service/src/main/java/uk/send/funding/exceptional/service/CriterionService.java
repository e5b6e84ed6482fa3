package uk.send.funding.exceptional.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.send.funding.exceptional.domain.BudgetPosition;
import uk.send.funding.exceptional.domain.Criterion;
import uk.send.funding.exceptional.repository.CriterionRepository;
import uk.send.funding.money.domain.FinancialYear;
import uk.send.funding.money.domain.Money;
import uk.send.platform.domain.Conflict;
import uk.send.platform.domain.InvalidInput;
import uk.send.platform.domain.NotFound;
import uk.send.platform.domain.PageRequest;
import uk.send.platform.domain.Slice;
import uk.send.platform.domain.VersionCheck;
import uk.send.platform.persistence.UniqueKeys;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.UUID;

/** The LA-managed list of criteria for exceptional top-ups, and the LA's budget for this spend per financial year. */
@ApplicationScoped
public class CriterionService {

    static final String CODE_ONCE = "exceptional_criterion_code";
    static final String BUDGET_ONCE = "exceptional_budget_pkey";

    private final CriterionRepository criteria;
    private final Clock clock;

    public CriterionService(CriterionRepository criteria, Clock clock) {
        this.criteria = criteria;
        this.clock = clock;
    }

    @Transactional
    public Criterion create(String tenant, String code, String description) {
        if (criteria.byCode(tenant, code).isPresent()) {
            throw codeTaken(code);
        }
        Criterion c = new Criterion(UUID.randomUUID(), code, description, true, clock.instant(), 0);
        UniqueKeys.flush(() -> criteria.insert(tenant, c), CODE_ONCE, () -> codeTaken(code));
        return c;
    }

    /** Changes a criterion's description or withdraws it (inactive: no new applications may cite it). */
    @Transactional
    public Criterion update(String tenant, UUID id, VersionCheck version, String description, boolean active) {
        Criterion c = criteria.find(tenant, id, true).orElseThrow(() -> new NotFound("Criterion", id));
        version.require(c.version());
        criteria.update(tenant, id, description, active);
        return criteria.find(tenant, id, false).orElseThrow();
    }

    public Criterion find(String tenant, UUID id) {
        return criteria.find(tenant, id, false).orElseThrow(() -> new NotFound("Criterion", id));
    }

    public Slice<Criterion> list(String tenant, Boolean active, PageRequest page) {
        return new Slice<>(criteria.page(tenant, active, page), criteria.count(tenant, active));
    }

    public BudgetPosition position(String tenant, FinancialYear year) {
        return criteria.position(tenant, year, false);
    }

    /**
     * Sets the year's budget. Changing one needs the version read (the check runs only when a budget is set: the first
     * has nothing to match).
     */
    @Transactional
    public BudgetPosition putBudget(String tenant, FinancialYear year, BigDecimal amount, VersionCheck version, String by) {
        if (amount == null || amount.signum() < 0 || !Money.isPenceExact(amount) || amount.compareTo(new BigDecimal("10000000000")) >= 0) {
            throw new InvalidInput("amount", "must be 0 or more, in whole pence, under 10,000,000,000");
        }
        BudgetPosition now = criteria.position(tenant, year, true);
        if (now.budgetSet()) {
            version.require(now.version());
        }
        UniqueKeys.flush(() -> criteria.putBudget(tenant, year, Money.toPenny(amount), by, clock.instant()), BUDGET_ONCE,
                () -> new Conflict("The budget for " + year.label() + " was set at the same time; read it and try again"));
        return criteria.position(tenant, year, false);
    }

    private static Conflict codeTaken(String code) {
        return new Conflict("A criterion with code " + code + " exists in your LA");
    }
}
