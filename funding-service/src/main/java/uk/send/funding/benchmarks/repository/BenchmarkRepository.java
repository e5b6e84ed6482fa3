package uk.send.funding.benchmarks.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import uk.send.funding.banding.domain.FundingCategory;
import uk.send.funding.benchmarks.domain.Aggregate;
import uk.send.funding.benchmarks.domain.BenchmarkMeasure;
import uk.send.funding.benchmarks.domain.Figure;
import uk.send.funding.benchmarks.domain.PublishedFigure;
import uk.send.funding.benchmarks.domain.Sharing;
import uk.send.funding.money.domain.FinancialYear;
import uk.send.platform.domain.PageRequest;
import uk.send.platform.domain.Slice;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** All SQL of neighbour benchmarks: an LA's sharing choice, the figures it shares, the published figures it entered. */
@ApplicationScoped
public class BenchmarkRepository {

    private static final String SHARED = "shared on this deployment";
    private static final String PUBLISHED_COLUMNS = "id, la_code, la_name, financial_year, category, measure, value, source, entered_by, "
            + millis("entered_at");

    private final EntityManager em;

    public BenchmarkRepository(EntityManager em) {
        this.em = em;
    }

    /** The LA's sharing choice, locked for update when asked; empty if it never chose. */
    public Optional<Sharing> sharing(String tenant, boolean lock) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select la_name, opted_in, changed_by, " + millis("changed_at") + ", version from benchmark_sharing "
                + "where tenant = :t" + (lock ? " for update" : "")).setParameter("t", tenant).getResultList();
        return rows.stream().findFirst().map(r -> new Sharing(tenant, (String) r[0], (Boolean) r[1], (String) r[2], instant(r[3]),
                ((Number) r[4]).longValue()));
    }

    public void saveSharing(Sharing s) {
        em.createNativeQuery("insert into benchmark_sharing (tenant, la_name, opted_in, changed_by, changed_at, version) "
                        + "values (:t, :name, :in, :by, :at, :v) on conflict (tenant) do update set la_name = excluded.la_name, "
                        + "opted_in = excluded.opted_in, changed_by = excluded.changed_by, changed_at = excluded.changed_at, version = excluded.version")
                .setParameter("t", s.laCode()).setParameter("name", s.laName()).setParameter("in", s.optedIn()).setParameter("by", s.changedBy())
                .setParameter("at", Timestamp.from(s.changedAt())).setParameter("v", s.version()).executeUpdate();
    }

    /** Replaces the figures the LA shares for a year. */
    public void replaceShared(String tenant, FinancialYear year, List<Aggregate> figures, Instant at) {
        em.createNativeQuery("delete from benchmark_shared where tenant = :t and financial_year = :y").setParameter("t", tenant)
                .setParameter("y", year.startYear()).executeUpdate();
        for (Aggregate a : figures) {
            em.createNativeQuery("insert into benchmark_shared (tenant, financial_year, category, measure, value, computed_at) "
                            + "values (:t, :y, :c, :m, :v, :at)").setParameter("t", tenant).setParameter("y", year.startYear())
                    .setParameter("c", a.category().name()).setParameter("m", a.measure().name()).setParameter("v", a.value())
                    .setParameter("at", Timestamp.from(at)).executeUpdate();
        }
    }

    /** Withdraws every figure the LA shared; how many. */
    public int deleteShared(String tenant) {
        return em.createNativeQuery("delete from benchmark_shared where tenant = :t").setParameter("t", tenant).executeUpdate();
    }

    public long countShared(String tenant) {
        return ((Number) em.createNativeQuery("select count(*) from benchmark_shared where tenant = :t").setParameter("t", tenant)
                .getSingleResult()).longValue();
    }

    /** The figures other LAs share for one measure (only LAs opted in now), highest first. */
    public List<Figure> sharedByOthers(String tenant, FinancialYear year, FundingCategory category, BenchmarkMeasure measure) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select f.tenant, s.la_name, f.value, " + millis("f.computed_at") + " from benchmark_shared f "
                        + "join benchmark_sharing s on s.tenant = f.tenant and s.opted_in where f.tenant <> :t and f.financial_year = :y "
                        + "and f.category = :c and f.measure = :m order by f.value desc, f.tenant").setParameter("t", tenant)
                .setParameter("y", year.startYear()).setParameter("c", category.name()).setParameter("m", measure.name()).getResultList();
        return rows.stream().map(r -> new Figure((String) r[0], (String) r[1], (BigDecimal) r[2], true, SHARED, instant(r[3]))).toList();
    }

    public boolean publishedExists(String tenant, String laCode, FinancialYear year, FundingCategory category, BenchmarkMeasure measure) {
        return ((Number) em.createNativeQuery("select count(*) from benchmark_published where tenant = :t and la_code = :la "
                        + "and financial_year = :y and category = :c and measure = :m").setParameter("t", tenant).setParameter("la", laCode)
                .setParameter("y", year.startYear()).setParameter("c", category.name()).setParameter("m", measure.name())
                .getSingleResult()).longValue() > 0;
    }

    public void insertPublished(String tenant, PublishedFigure f) {
        em.createNativeQuery("insert into benchmark_published (id, la_code, la_name, financial_year, category, measure, value, source, "
                        + "entered_by, entered_at, tenant) values (:id, :la, :name, :y, :c, :m, :v, "
                        + ":src, :by, :at, :t)").setParameter("id", f.id()).setParameter("la", f.laCode()).setParameter("name", f.laName())
                .setParameter("y", f.financialYear().startYear()).setParameter("c", f.category().name()).setParameter("m", f.measure().name())
                .setParameter("v", f.value()).setParameter("src", f.source()).setParameter("by", f.enteredBy())
                .setParameter("at", Timestamp.from(f.enteredAt())).setParameter("t", tenant).executeUpdate();
    }

    public Slice<PublishedFigure> published(String tenant, PageRequest page) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select " + PUBLISHED_COLUMNS + " from benchmark_published where tenant = :t "
                        + "order by entered_at desc, id offset :o limit :l").setParameter("t", tenant).setParameter("o", page.offset())
                .setParameter("l", page.size()).getResultList();
        long total = ((Number) em.createNativeQuery("select count(*) from benchmark_published where tenant = :t").setParameter("t", tenant)
                .getSingleResult()).longValue();
        return new Slice<>(rows.stream().map(BenchmarkRepository::published).toList(), total);
    }

    /** The figures the LA entered for one measure, highest first. */
    public List<Figure> publishedFor(String tenant, FinancialYear year, FundingCategory category, BenchmarkMeasure measure) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select " + PUBLISHED_COLUMNS + " from benchmark_published where tenant = :t "
                        + "and financial_year = :y and category = :c and measure = :m order by value desc, la_code").setParameter("t", tenant)
                .setParameter("y", year.startYear()).setParameter("c", category.name()).setParameter("m", measure.name()).getResultList();
        return rows.stream().map(BenchmarkRepository::published)
                .map(p -> new Figure(p.laCode(), p.laName(), p.value(), false, p.source(), p.enteredAt())).toList();
    }

    public boolean deletePublished(String tenant, UUID id) {
        return em.createNativeQuery("delete from benchmark_published where tenant = :t and id = :id").setParameter("t", tenant)
                .setParameter("id", id).executeUpdate() == 1;
    }

    private static PublishedFigure published(Object[] r) {
        return new PublishedFigure((UUID) r[0], (String) r[1], (String) r[2], new FinancialYear(((Number) r[3]).intValue()),
                FundingCategory.valueOf((String) r[4]), BenchmarkMeasure.valueOf((String) r[5]), (BigDecimal) r[6], (String) r[7],
                (String) r[8], instant(r[9]));
    }

    /** A timestamptz column read as epoch milliseconds (what {@link #instant} turns back into an instant). */
    private static String millis(String column) {
        return "floor(extract(epoch from " + column + ") * 1000)::bigint";
    }

    private static Instant instant(Object millis) {
        return Instant.ofEpochMilli(((Number) millis).longValue());
    }
}
