package uk.send.funding.banding.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import uk.send.funding.banding.domain.FundingCategory;
import uk.send.funding.banding.domain.SchemeStatus;
import uk.send.funding.banding.domain.SchemeVersion;
import uk.send.funding.banding.entity.BandingScheme;
import uk.send.funding.money.domain.FinancialYear;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class BandingSchemeRepository implements PanacheRepositoryBase<BandingScheme, UUID> {

    public Optional<BandingScheme> findInTenant(String tenant, UUID id) {
        return find("id = ?1 and tenant = ?2", id, tenant).firstResultOptional();
    }

    public Optional<BandingScheme> lockInTenant(String tenant, UUID id) {
        return find("id = ?1 and tenant = ?2", id, tenant).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    public int nextVersion(String tenant, int year, FundingCategory category) {
        Integer max = getEntityManager().createQuery("select max(s.versionNo) from BandingScheme s where s.tenant = ?1 "
                        + "and s.financialYear = ?2 and s.category = ?3", Integer.class)
                .setParameter(1, tenant).setParameter(2, year).setParameter(3, category).getSingleResult();
        return max == null ? 1 : max + 1;
    }

    /** Every approved version of the LA (a few dozen at most: years × categories × versions). */
    public List<SchemeVersion> approved(String tenant) {
        return list("tenant = ?1 and status = ?2", tenant, SchemeStatus.APPROVED).stream().map(BandingScheme::toDomain).toList();
    }

    /**
     * How the approved version of a year and category that takes effect last (the one in force at the year's end)
     * prices a place: (pricing, place value). Read without loading its bands: a statement read asks it every time.
     */
    public Optional<Object[]> latestPricing(String tenant, FinancialYear year, FundingCategory category) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("select pricing, place_value from banding_scheme where tenant = :t "
                        + "and financial_year = :y and category = :c and status = 'APPROVED' order by effective_from desc limit 1")
                .setParameter("t", tenant).setParameter("y", year.startYear()).setParameter("c", category.name()).getResultList();
        return rows.stream().findFirst();
    }

    public List<BandingScheme> approvedVersions(String tenant, int year, FundingCategory category) {
        return list("tenant = ?1 and financialYear = ?2 and category = ?3 and status = ?4", Sort.ascending("effectiveFrom"),
                tenant, year, category, SchemeStatus.APPROVED);
    }

    public PanacheQuery<BandingScheme> query(String tenant, Integer year, FundingCategory category, SchemeStatus status) {
        StringBuilder q = new StringBuilder("tenant = :tenant");
        Parameters p = Parameters.with("tenant", tenant);
        if (year != null) {
            q.append(" and financialYear = :year");
            p.and("year", year);
        }
        if (category != null) {
            q.append(" and category = :category");
            p.and("category", category);
        }
        if (status != null) {
            q.append(" and status = :status");
            p.and("status", status);
        }
        return find(q.toString(), Sort.descending("financialYear").and("category").and("versionNo", Sort.Direction.Descending), p);
    }
}
