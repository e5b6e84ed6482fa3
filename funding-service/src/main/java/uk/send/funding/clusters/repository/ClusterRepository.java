package uk.send.funding.clusters.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import uk.send.funding.clusters.domain.Cluster;
import uk.send.funding.clusters.domain.Factors;
import uk.send.funding.clusters.domain.Member;
import uk.send.funding.money.domain.FinancialYear;
import uk.send.platform.domain.PageRequest;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** All SQL of clusters, their members and the factors per setting and year; always within the caller's LA. */
@ApplicationScoped
public class ClusterRepository {

    private final EntityManager em;

    public ClusterRepository(EntityManager em) {
        this.em = em;
    }

    public void insert(String tenant, Cluster c) {
        em.createNativeQuery("insert into cluster (id, tenant, financial_year, name, host_urn, created_by, created_at, version) "
                        + "values (:id, :t, :fy, :name, :host, :by, :at, 0)").setParameter("id", c.id()).setParameter("t", tenant)
                .setParameter("fy", c.financialYear().startYear()).setParameter("name", c.name()).setParameter("host", c.hostUrn())
                .setParameter("by", c.createdBy()).setParameter("at", Timestamp.from(c.createdAt())).executeUpdate();
        for (String urn : c.memberUrns()) {
            em.createNativeQuery("insert into cluster_member (tenant, financial_year, urn, cluster_id) values (:t, :fy, :urn, :c)")
                    .setParameter("t", tenant).setParameter("fy", c.financialYear().startYear()).setParameter("urn", urn)
                    .setParameter("c", c.id()).executeUpdate();
        }
    }

    /** The URNs among {@code urns} already in a cluster of the year, with that cluster's name. */
    public Map<String, String> alreadyClustered(String tenant, FinancialYear year, Collection<String> urns) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select m.urn, c.name from cluster_member m join cluster c on c.id = m.cluster_id "
                        + "where m.tenant = :t and m.financial_year = :fy and m.urn in (:urns) order by m.urn").setParameter("t", tenant)
                .setParameter("fy", year.startYear()).setParameter("urns", urns).getResultList();
        Map<String, String> out = new LinkedHashMap<>();
        rows.forEach(r -> out.put((String) r[0], (String) r[1]));
        return out;
    }

    /** The URNs among {@code urns} that are registered settings of the LA. */
    public List<String> registered(String tenant, Collection<String> urns) {
        @SuppressWarnings("unchecked")
        List<String> rows = em.createNativeQuery("select urn from setting where tenant = :t and urn in (:urns)").setParameter("t", tenant)
                .setParameter("urns", urns).getResultList();
        return rows;
    }

    public boolean nameTaken(String tenant, FinancialYear year, String name) {
        return ((Number) em.createNativeQuery("select count(*) from cluster where tenant = :t and financial_year = :fy and name = :n")
                .setParameter("t", tenant).setParameter("fy", year.startYear()).setParameter("n", name).getSingleResult()).longValue() > 0;
    }

    public Optional<Cluster> find(String tenant, UUID id) {
        return clusters("c.tenant = :t and c.id = :id", Map.of("t", tenant, "id", id), 0, 1).stream().findFirst();
    }

    public List<Cluster> page(String tenant, FinancialYear year, PageRequest page) {
        return clusters("c.tenant = :t and c.financial_year = :fy", Map.of("t", tenant, "fy", year.startYear()), page.offset(), page.size());
    }

    public long count(String tenant, FinancialYear year) {
        return ((Number) em.createNativeQuery("select count(*) from cluster where tenant = :t and financial_year = :fy").setParameter("t", tenant)
                .setParameter("fy", year.startYear()).getSingleResult()).longValue();
    }

    private List<Cluster> clusters(String where, Map<String, Object> params, int offset, int limit) {
        var q = em.createNativeQuery("select c.id, c.financial_year, c.name, c.host_urn, c.created_by, c.created_at, c.version, "
                + "(select string_agg(m.urn, ',' order by m.urn) from cluster_member m where m.cluster_id = c.id) "
                + "from cluster c where " + where + " order by c.name, c.id offset :o limit :l");
        params.forEach(q::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.setParameter("o", offset).setParameter("l", limit).getResultList();
        return rows.stream().map(r -> new Cluster((UUID) r[0], new FinancialYear(((Number) r[1]).intValue()), (String) r[2], (String) r[3],
                r[7] == null ? List.of() : List.of(((String) r[7]).split(",")), (String) r[4], Rows.instant(r[5]), ((Number) r[6]).longValue())).toList();
    }

    /** Every member of the year's clusters with its factors (null when none entered), by cluster name then URN. */
    public List<Member> members(String tenant, FinancialYear year) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select c.id, c.name, c.host_urn, m.urn, f.pupils_on_roll, f.sen_support, f.deprivation "
                        + "from cluster_member m join cluster c on c.id = m.cluster_id "
                        + "left join cluster_factor f on f.tenant = m.tenant and f.financial_year = m.financial_year and f.urn = m.urn "
                        + "where m.tenant = :t and m.financial_year = :fy order by c.name, c.id, m.urn").setParameter("t", tenant)
                .setParameter("fy", year.startYear()).getResultList();
        return rows.stream().map(r -> new Member((UUID) r[0], (String) r[1], (String) r[2], (String) r[3], r[4] == null ? null
                : new Factors((String) r[3], ((Number) r[4]).intValue(), ((Number) r[5]).intValue(), (BigDecimal) r[6]))).toList();
    }

    /** Writes (inserts or replaces) the year's factors of these settings. */
    public int upsertFactors(String tenant, FinancialYear year, List<Factors> factors, Instant at) {
        int n = 0;
        for (Factors f : factors) {
            n += em.createNativeQuery("insert into cluster_factor (tenant, financial_year, urn, pupils_on_roll, sen_support, deprivation, updated_at) "
                            + "values (:t, :fy, :urn, :p, :s, :d, :at) on conflict (tenant, financial_year, urn) do update set "
                            + "pupils_on_roll = excluded.pupils_on_roll, sen_support = excluded.sen_support, deprivation = excluded.deprivation, "
                            + "updated_at = excluded.updated_at").setParameter("t", tenant).setParameter("fy", year.startYear())
                    .setParameter("urn", f.urn()).setParameter("p", f.pupilsOnRoll()).setParameter("s", f.senSupport())
                    .setParameter("d", f.deprivation()).setParameter("at", Timestamp.from(at)).executeUpdate();
        }
        return n;
    }

    public List<Factors> factorPage(String tenant, FinancialYear year, PageRequest page) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select urn, pupils_on_roll, sen_support, deprivation from cluster_factor "
                        + "where tenant = :t and financial_year = :fy order by urn offset :o limit :l").setParameter("t", tenant)
                .setParameter("fy", year.startYear()).setParameter("o", page.offset()).setParameter("l", page.size()).getResultList();
        List<Factors> out = new ArrayList<>(rows.size());
        rows.forEach(r -> out.add(new Factors((String) r[0], ((Number) r[1]).intValue(), ((Number) r[2]).intValue(), (BigDecimal) r[3])));
        return out;
    }

    public long factorCount(String tenant, FinancialYear year) {
        return ((Number) em.createNativeQuery("select count(*) from cluster_factor where tenant = :t and financial_year = :fy")
                .setParameter("t", tenant).setParameter("fy", year.startYear()).getSingleResult()).longValue();
    }
}
