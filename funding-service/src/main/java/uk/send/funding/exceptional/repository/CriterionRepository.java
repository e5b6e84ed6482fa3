package uk.send.funding.exceptional.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import uk.send.funding.clusters.repository.Rows;
import uk.send.funding.exceptional.domain.BudgetPosition;
import uk.send.funding.exceptional.domain.Criterion;
import uk.send.funding.money.domain.FinancialYear;
import uk.send.funding.money.domain.Money;
import uk.send.platform.domain.PageRequest;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** All SQL of the LA's criteria for exceptional top-ups and its budget for them per financial year. */
@ApplicationScoped
public class CriterionRepository {

    private static final String COLUMNS = "id, code, description, active, created_at, version";

    private final EntityManager em;

    public CriterionRepository(EntityManager em) {
        this.em = em;
    }

    public void insert(String tenant, Criterion c) {
        em.createNativeQuery("insert into exceptional_criterion (id, tenant, code, description, active, created_at, version) "
                        + "values (:id, :t, :code, :d, :a, :at, 0)").setParameter("id", c.id()).setParameter("t", tenant).setParameter("code", c.code())
                .setParameter("d", c.description()).setParameter("a", c.active()).setParameter("at", Timestamp.from(c.createdAt())).executeUpdate();
    }

    public Optional<Criterion> find(String tenant, UUID id, boolean lock) {
        return one("tenant = :t and id = :k" + (lock ? " for update" : ""), tenant, id);
    }

    public Optional<Criterion> byCode(String tenant, String code) {
        return one("tenant = :t and code = :k", tenant, code);
    }

    private Optional<Criterion> one(String where, String tenant, Object key) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select " + COLUMNS + " from exceptional_criterion where " + where).setParameter("t", tenant)
                .setParameter("k", key).getResultList();
        return rows.stream().findFirst().map(CriterionRepository::toDomain);
    }

    public void update(String tenant, UUID id, String description, boolean active) {
        em.createNativeQuery("update exceptional_criterion set description = :d, active = :a, version = version + 1 where tenant = :t and id = :id")
                .setParameter("d", description).setParameter("a", active).setParameter("t", tenant).setParameter("id", id).executeUpdate();
    }

    public List<Criterion> page(String tenant, Boolean active, PageRequest page) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select " + COLUMNS + " from exceptional_criterion where tenant = :t"
                        + (active == null ? "" : " and active = " + active) + " order by code offset :o limit :l").setParameter("t", tenant)
                .setParameter("o", page.offset()).setParameter("l", page.size()).getResultList();
        return rows.stream().map(CriterionRepository::toDomain).toList();
    }

    public long count(String tenant, Boolean active) {
        return ((Number) em.createNativeQuery("select count(*) from exceptional_criterion where tenant = :t" + (active == null ? "" : " and active = " + active))
                .setParameter("t", tenant).getSingleResult()).longValue();
    }

    private static Criterion toDomain(Object[] r) {
        return new Criterion((UUID) r[0], (String) r[1], (String) r[2], (Boolean) r[3], Rows.instant(r[4]), ((Number) r[5]).longValue());
    }

    /** The year's budget and approved spend; {@code lock} takes the budget row's lock (so decisions count one after another). */
    public BudgetPosition position(String tenant, FinancialYear year, boolean lock) {
        @SuppressWarnings("unchecked")
        List<Object[]> budget = em.createNativeQuery("select amount, version from exceptional_budget where tenant = :t and financial_year = :fy"
                + (lock ? " for update" : "")).setParameter("t", tenant).setParameter("fy", year.startYear()).getResultList();
        Object[] spent = (Object[]) em.createNativeQuery("select coalesce(sum(amount_approved), 0), count(*) from exceptional_application "
                        + "where tenant = :t and financial_year = :fy and status = 'APPROVED'").setParameter("t", tenant)
                .setParameter("fy", year.startYear()).getSingleResult();
        BigDecimal committed = Money.toPenny((BigDecimal) spent[0]);
        int approvals = ((Number) spent[1]).intValue();
        return budget.isEmpty() ? new BudgetPosition(year, Money.ZERO, committed, approvals, false, 0)
                : new BudgetPosition(year, (BigDecimal) budget.get(0)[0], committed, approvals, true, ((Number) budget.get(0)[1]).longValue());
    }

    /** Sets the year's budget; true if it inserted a new row. */
    public boolean putBudget(String tenant, FinancialYear year, BigDecimal amount, String by, Instant at) {
        int updated = em.createNativeQuery("update exceptional_budget set amount = :a, updated_by = :by, updated_at = :at, version = version + 1 "
                        + "where tenant = :t and financial_year = :fy").setParameter("a", amount).setParameter("by", by).setParameter("at", Timestamp.from(at))
                .setParameter("t", tenant).setParameter("fy", year.startYear()).executeUpdate();
        if (updated == 1) {
            return false;
        }
        em.createNativeQuery("insert into exceptional_budget (tenant, financial_year, amount, updated_by, updated_at, version) "
                        + "values (:t, :fy, :a, :by, :at, 0)").setParameter("t", tenant).setParameter("fy", year.startYear()).setParameter("a", amount)
                .setParameter("by", by).setParameter("at", Timestamp.from(at)).executeUpdate();
        return true;
    }
}
