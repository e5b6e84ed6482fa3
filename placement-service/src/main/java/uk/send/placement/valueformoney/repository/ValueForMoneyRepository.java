package uk.send.placement.valueformoney.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import uk.send.placement.valueformoney.domain.CostOutliers;
import uk.send.placement.valueformoney.domain.CostSummary;
import uk.send.placement.valueformoney.domain.Review;
import uk.send.placement.valueformoney.domain.VisitCandidate;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Value-for-money SQL: costed independent placements, providers to visit, reviews and announced flags. */
@ApplicationScoped
public class ValueForMoneyRepository {

    private static final String ACTIVE = "pl.start_date <= :d and (pl.end_date is null or pl.end_date >= :d)";

    private final EntityManager em;

    public ValueForMoneyRepository(EntityManager em) {
        this.em = em;
    }

    /** Independent placements running on {@code day} that have an annual cost. */
    @SuppressWarnings("unchecked")
    public List<CostOutliers.Costed> costedIndependent(String tenant, LocalDate day) {
        List<Object[]> rows = em.createNativeQuery("select pl.id, pl.ehcp_ref, p.id, p.name, coalesce(p.establishment_type, p.type), pl.need_type, pl.annual_cost "
                        + "from placement pl join provider p on p.id = pl.provider_id where pl.tenant = :t and p.setting_group = 'INDEPENDENT' "
                        + "and pl.annual_cost is not null and " + ACTIVE + " order by pl.need_type, pl.annual_cost, pl.id")
                .setParameter("t", tenant).setParameter("d", Date.valueOf(day)).getResultList();
        List<CostOutliers.Costed> out = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            out.add(new CostOutliers.Costed((UUID) r[0], (String) r[1], (UUID) r[2], (String) r[3], (String) r[4], (String) r[5], (BigDecimal) r[6]));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    public List<CostSummary> summary(String tenant, LocalDate day) {
        List<CostSummary> out = new ArrayList<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("select pl.need_type, coalesce(p.establishment_type, p.type), count(*), round(avg(pl.annual_cost), 2), sum(pl.annual_cost) "
                        + "from placement pl join provider p on p.id = pl.provider_id where pl.tenant = :t and p.setting_group = 'INDEPENDENT' "
                        + "and pl.annual_cost is not null and " + ACTIVE + " group by 1, 2 order by 1, 2")
                .setParameter("t", tenant).setParameter("d", Date.valueOf(day)).getResultList()) {
            out.add(new CostSummary((String) r[0], (String) r[1], ((Number) r[2]).longValue(), (BigDecimal) r[3], (BigDecimal) r[4]));
        }
        return out;
    }

    /** Independent providers with at least {@code minChildren} of the LA's children placed on {@code day}. */
    @SuppressWarnings("unchecked")
    public List<VisitCandidate> visitCandidates(String tenant, LocalDate day, int minChildren) {
        List<VisitCandidate> out = new ArrayList<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("select p.id, p.name, p.urn, p.inspection_grade, p.inspection_date, count(*), coalesce(sum(pl.annual_cost), 0) "
                        + "from placement pl join provider p on p.id = pl.provider_id where pl.tenant = :t and p.setting_group = 'INDEPENDENT' and " + ACTIVE
                        + " group by p.id, p.name, p.urn, p.inspection_grade, p.inspection_date having count(*) >= :min order by count(*) desc, p.name")
                .setParameter("t", tenant).setParameter("d", Date.valueOf(day)).setParameter("min", minChildren).getResultList()) {
            out.add(new VisitCandidate((UUID) r[0], (String) r[1], (String) r[2], (String) r[3],
                    r[4] == null ? null : (r[4] instanceof LocalDate l ? l : ((Date) r[4]).toLocalDate()), ((Number) r[5]).longValue(), (BigDecimal) r[6]));
        }
        return out;
    }

    /** Records that a flag was announced; false if this placement, flag and cost were announced before. */
    public boolean markFlagged(String tenant, UUID placementId, String flag, BigDecimal cost) {
        return em.createNativeQuery("insert into cost_flag values (:t, :p, :f, :c) on conflict do nothing")
                .setParameter("t", tenant).setParameter("p", placementId).setParameter("f", flag).setParameter("c", cost).executeUpdate() == 1;
    }

    public void insertReview(UUID id, String tenant, UUID placementId, String outcome, String note, BigDecimal newCost, LocalDate reviewedOn,
                             String reviewedBy, Instant at) {
        em.createNativeQuery("insert into placement_review values (:id, :t, :p, :o, :n, :c, :d, :by, :at)")
                .setParameter("id", id).setParameter("t", tenant).setParameter("p", placementId).setParameter("o", outcome)
                .setParameter("n", note).setParameter("c", newCost).setParameter("d", Date.valueOf(reviewedOn)).setParameter("by", reviewedBy)
                .setParameter("at", Timestamp.from(at)).executeUpdate();
    }

    @SuppressWarnings("unchecked")
    public List<Review> reviews(String tenant, UUID placementId, int offset, int size) {
        List<Review> out = new ArrayList<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("select id, placement_id, outcome, note, new_annual_cost, reviewed_on, reviewed_by from placement_review "
                        + "where tenant = :t and (cast(:p as uuid) is null or placement_id = cast(:p as uuid)) order by reviewed_on desc, created_at desc, id limit :size offset :off")
                .setParameter("t", tenant).setParameter("p", placementId == null ? null : placementId.toString())
                .setParameter("size", size).setParameter("off", offset).getResultList()) {
            out.add(new Review((UUID) r[0], (UUID) r[1], (String) r[2], (String) r[3], (BigDecimal) r[4],
                    r[5] instanceof LocalDate l ? l : ((Date) r[5]).toLocalDate(), (String) r[6]));
        }
        return out;
    }

    public long countReviews(String tenant, UUID placementId) {
        return ((Number) em.createNativeQuery("select count(*) from placement_review where tenant = :t and (cast(:p as uuid) is null or placement_id = cast(:p as uuid))")
                .setParameter("t", tenant).setParameter("p", placementId == null ? null : placementId.toString()).getSingleResult()).longValue();
    }
}
