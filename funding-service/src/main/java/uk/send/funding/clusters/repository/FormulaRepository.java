package uk.send.funding.clusters.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import uk.send.funding.clusters.domain.Formula;
import uk.send.funding.clusters.domain.SavedFormula;
import uk.send.funding.clusters.domain.SchoolAllocation;
import uk.send.funding.money.domain.FinancialYear;
import uk.send.platform.domain.PageRequest;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** All SQL of {@code cluster_formula} and the allocations frozen at adoption ({@code cluster_allocation}). */
@ApplicationScoped
public class FormulaRepository {

    private static final String COLUMNS = "id, financial_year, name, formula::text, status, created_by, created_at, adopted_by, adopted_at, version";

    private final EntityManager em;
    private final ObjectMapper mapper;

    public FormulaRepository(EntityManager em, ObjectMapper mapper) {
        this.em = em;
        this.mapper = mapper;
    }

    public void insert(String tenant, SavedFormula f) {
        em.createNativeQuery("insert into cluster_formula (id, tenant, financial_year, name, formula, status, created_by, created_at, version) "
                        + "values (:id, :t, :fy, :name, cast(:f as jsonb), :s, :by, :at, 0)").setParameter("id", f.id()).setParameter("t", tenant)
                .setParameter("fy", f.financialYear().startYear()).setParameter("name", f.name()).setParameter("f", write(f.formula()))
                .setParameter("s", f.status().name()).setParameter("by", f.createdBy()).setParameter("at", Timestamp.from(f.createdAt()))
                .executeUpdate();
    }

    public Optional<SavedFormula> find(String tenant, UUID id, boolean lock) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select " + COLUMNS + " from cluster_formula where tenant = :t and id = :id" + (lock ? " for update" : ""))
                .setParameter("t", tenant).setParameter("id", id).getResultList();
        return rows.stream().findFirst().map(this::toDomain);
    }

    public List<SavedFormula> page(String tenant, FinancialYear year, PageRequest page) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select " + COLUMNS + " from cluster_formula where tenant = :t and financial_year = :fy "
                        + "order by created_at desc, id offset :o limit :l").setParameter("t", tenant).setParameter("fy", year.startYear())
                .setParameter("o", page.offset()).setParameter("l", page.size()).getResultList();
        return rows.stream().map(this::toDomain).toList();
    }

    public long count(String tenant, FinancialYear year) {
        return ((Number) em.createNativeQuery("select count(*) from cluster_formula where tenant = :t and financial_year = :fy")
                .setParameter("t", tenant).setParameter("fy", year.startYear()).getSingleResult()).longValue();
    }

    /** Supersedes the year's adopted formula (if any) and adopts this one, freezing its allocations. */
    public void adopt(String tenant, SavedFormula f, List<SchoolAllocation> schools, String by, Instant at) {
        em.createNativeQuery("update cluster_formula set status = 'SUPERSEDED', version = version + 1 where tenant = :t and financial_year = :fy "
                + "and status = 'ADOPTED'").setParameter("t", tenant).setParameter("fy", f.financialYear().startYear()).executeUpdate();
        em.createNativeQuery("update cluster_formula set status = 'ADOPTED', adopted_by = :by, adopted_at = :at, version = version + 1 "
                        + "where tenant = :t and id = :id").setParameter("by", by).setParameter("at", Timestamp.from(at)).setParameter("t", tenant)
                .setParameter("id", f.id()).executeUpdate();
        for (SchoolAllocation s : schools) {
            em.createNativeQuery("insert into cluster_allocation (formula_id, urn, cluster_id, cluster_name, host_urn, pupils_on_roll, sen_support, "
                            + "deprivation, has_factors, amount) values (:f, :urn, :c, :cn, :h, :p, :s, :d, :hf, :a)").setParameter("f", f.id())
                    .setParameter("urn", s.urn()).setParameter("c", s.clusterId()).setParameter("cn", s.clusterName()).setParameter("h", s.hostUrn())
                    .setParameter("p", s.pupilsOnRoll()).setParameter("s", s.senSupport()).setParameter("d", s.deprivation())
                    .setParameter("hf", s.hasFactors()).setParameter("a", s.amount()).executeUpdate();
        }
    }

    /** An adopted (or superseded) formula's frozen allocations, by cluster name then URN. */
    public List<SchoolAllocation> frozen(UUID formulaId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select urn, cluster_id, cluster_name, host_urn, pupils_on_roll, sen_support, deprivation, "
                + "has_factors, amount from cluster_allocation where formula_id = :f order by cluster_name, cluster_id, urn")
                .setParameter("f", formulaId).getResultList();
        return rows.stream().map(r -> new SchoolAllocation((String) r[0], (UUID) r[1], (String) r[2], (String) r[3], ((Number) r[4]).intValue(),
                ((Number) r[5]).intValue(), (BigDecimal) r[6], (Boolean) r[7], (BigDecimal) r[8])).toList();
    }

    private SavedFormula toDomain(Object[] r) {
        return new SavedFormula((UUID) r[0], new FinancialYear(((Number) r[1]).intValue()), (String) r[2], read((String) r[3]),
                SavedFormula.Status.valueOf((String) r[4]), (String) r[5], Rows.instant(r[6]), (String) r[7], Rows.instant(r[8]),
                ((Number) r[9]).longValue());
    }

    private String write(Formula f) {
        try {
            return mapper.writeValueAsString(f);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Formula read(String json) {
        try {
            return mapper.readValue(json, Formula.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cluster_formula holds a value that is not a formula", e);
        }
    }
}
