package uk.send.funding.exceptional.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import uk.send.funding.clusters.repository.Rows;
import uk.send.funding.exceptional.domain.Application;
import uk.send.funding.exceptional.domain.MonthSpend;
import uk.send.funding.money.domain.FinancialYear;
import uk.send.funding.money.domain.Money;
import uk.send.platform.domain.PageRequest;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** All SQL of exceptional top-up applications; always within the caller's LA, and a school's own setting where given. */
@ApplicationScoped
public class ApplicationRepository {

    private static final String COLUMNS = "id, urn, pupil_ref, criterion_code, evidence, evidence_file, amount_requested, period_from, period_to, "
            + "financial_year, status, amount_approved, decision_reasons, decided_by, decided_at, applied_by, applied_at, version";

    /** Filters of the list; null means any. {@code urn} limits a school user to its own setting. */
    public record Filter(String urn, Application.Status status, FinancialYear financialYear) {
    }

    private final EntityManager em;

    public ApplicationRepository(EntityManager em) {
        this.em = em;
    }

    public void insert(String tenant, Application a) {
        em.createNativeQuery("insert into exceptional_application (id, tenant, urn, pupil_ref, criterion_code, evidence, evidence_file, "
                        + "amount_requested, period_from, period_to, financial_year, status, applied_by, applied_at, version) values "
                        + "(:id, :t, :urn, :ref, :c, :e, :ef, :amt, :pf, :pt, :fy, :s, :by, :at, 0)").setParameter("id", a.id()).setParameter("t", tenant)
                .setParameter("urn", a.settingUrn()).setParameter("ref", a.pupilRef()).setParameter("c", a.criterionCode())
                .setParameter("e", a.evidence()).setParameter("ef", a.evidenceFile()).setParameter("amt", a.amountRequested())
                .setParameter("pf", a.periodFrom()).setParameter("pt", a.periodTo()).setParameter("fy", a.financialYear().startYear())
                .setParameter("s", a.status().name()).setParameter("by", a.appliedBy()).setParameter("at", Timestamp.from(a.appliedAt()))
                .executeUpdate();
    }

    public Optional<Application> find(String tenant, UUID id, String onlyUrn, boolean lock) {
        Query q = em.createNativeQuery("select " + COLUMNS + " from exceptional_application where tenant = :t and id = :id"
                + (onlyUrn == null ? "" : " and urn = :urn") + (lock ? " for update" : "")).setParameter("t", tenant).setParameter("id", id);
        if (onlyUrn != null) {
            q.setParameter("urn", onlyUrn);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        return rows.stream().findFirst().map(ApplicationRepository::toDomain);
    }

    public List<Application> page(String tenant, Filter filter, PageRequest page) {
        Query q = where("select " + COLUMNS, tenant, filter, " order by applied_at desc, id offset :o limit :l");
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.setParameter("o", page.offset()).setParameter("l", page.size()).getResultList();
        return rows.stream().map(ApplicationRepository::toDomain).toList();
    }

    public long count(String tenant, Filter filter) {
        return ((Number) where("select count(*)", tenant, filter, "").getSingleResult()).longValue();
    }

    private Query where(String select, String tenant, Filter f, String tail) {
        StringBuilder sql = new StringBuilder(select).append(" from exceptional_application where tenant = :t");
        if (f.urn() != null) {
            sql.append(" and urn = :urn");
        }
        if (f.status() != null) {
            sql.append(" and status = :s");
        }
        if (f.financialYear() != null) {
            sql.append(" and financial_year = :fy");
        }
        Query q = em.createNativeQuery(sql.append(tail).toString()).setParameter("t", tenant);
        if (f.urn() != null) {
            q.setParameter("urn", f.urn());
        }
        if (f.status() != null) {
            q.setParameter("s", f.status().name());
        }
        if (f.financialYear() != null) {
            q.setParameter("fy", f.financialYear().startYear());
        }
        return q;
    }

    public void decide(String tenant, UUID id, Application.Status status, BigDecimal approved, String reasons, String by, Instant at) {
        em.createNativeQuery("update exceptional_application set status = :s, amount_approved = :a, decision_reasons = :r, decided_by = :by, "
                        + "decided_at = :at, version = version + 1 where tenant = :t and id = :id").setParameter("s", status.name())
                .setParameter("a", approved).setParameter("r", reasons).setParameter("by", by).setParameter("at", Timestamp.from(at))
                .setParameter("t", tenant).setParameter("id", id).executeUpdate();
    }

    /** Spend approved in the month, whose instants are [from, to). */
    public MonthSpend approvedIn(String tenant, YearMonth month, Instant from, Instant to) {
        Object[] r = (Object[]) em.createNativeQuery("select coalesce(sum(amount_approved), 0), count(*) from exceptional_application "
                        + "where tenant = :t and status = 'APPROVED' and decided_at >= :f and decided_at < :to").setParameter("t", tenant)
                .setParameter("f", Timestamp.from(from)).setParameter("to", Timestamp.from(to)).getSingleResult();
        return new MonthSpend(month, Money.toPenny((BigDecimal) r[0]), ((Number) r[1]).intValue());
    }

    /** Claims the month's publication for the LA; false if it was published before. */
    public boolean claimMonth(String tenant, YearMonth month, Instant at) {
        return em.createNativeQuery("insert into exceptional_spend_published (tenant, month, published_at) values (:t, :m, :at) "
                        + "on conflict do nothing").setParameter("t", tenant).setParameter("m", month.toString()).setParameter("at", Timestamp.from(at))
                .executeUpdate() == 1;
    }

    /** The LAs with any application: the ones whose months are published. */
    @SuppressWarnings("unchecked")
    public List<String> tenants() {
        return em.createNativeQuery("select distinct tenant from exceptional_application order by tenant").getResultList();
    }

    private static Application toDomain(Object[] r) {
        return new Application((UUID) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5], (BigDecimal) r[6],
                Rows.date(r[7]), Rows.date(r[8]), new FinancialYear(((Number) r[9]).intValue()), Application.Status.valueOf((String) r[10]),
                (BigDecimal) r[11], (String) r[12], (String) r[13], Rows.instant(r[14]), (String) r[15], Rows.instant(r[16]), ((Number) r[17]).longValue());
    }
}
