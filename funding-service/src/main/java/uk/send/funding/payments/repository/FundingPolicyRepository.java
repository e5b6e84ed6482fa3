package uk.send.funding.payments.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import uk.send.funding.money.domain.DateRange;
import uk.send.funding.money.domain.ProRataMethod;
import uk.send.funding.money.domain.TermCalendar;
import uk.send.funding.payments.domain.FundingPolicy;
import uk.send.funding.payments.domain.PaymentFrequency;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The {@code funding_policy} table: one row per LA. */
@ApplicationScoped
public class FundingPolicyRepository {

    private static final TypeReference<List<DateRange>> TERMS = new TypeReference<>() {
    };

    private final EntityManager em;
    private final ObjectMapper mapper;

    public FundingPolicyRepository(EntityManager em, ObjectMapper mapper) {
        this.em = em;
        this.mapper = mapper;
    }

    public Optional<FundingPolicy> find(String tenant) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select pro_rata_method, frequency, school_year_days, cast(terms as text), version "
                + "from funding_policy where tenant = :t").setParameter("t", tenant).getResultList();
        return rows.stream().findFirst().map(r -> new FundingPolicy(ProRataMethod.valueOf((String) r[0]),
                PaymentFrequency.valueOf((String) r[1]), new TermCalendar(read((String) r[3]), ((Number) r[2]).intValue()),
                ((Number) r[4]).longValue()));
    }

    public FundingPolicy policy(String tenant) {
        return find(tenant).orElse(FundingPolicy.defaults());
    }

    /** Writes the policy; {@code expectedVersion} -1 inserts. Returns false when the row changed meanwhile. */
    public boolean save(String tenant, FundingPolicy policy, long expectedVersion) {
        String terms = write(policy.calendar().terms());
        if (expectedVersion < 0) {
            return em.createNativeQuery("insert into funding_policy (tenant, pro_rata_method, frequency, school_year_days, terms, updated_at, version) "
                            + "values (:t, :m, :f, :d, cast(:terms as jsonb), :now, 0) on conflict do nothing")
                    .setParameter("t", tenant).setParameter("m", policy.method().name()).setParameter("f", policy.frequency().name())
                    .setParameter("d", policy.calendar().yearDays()).setParameter("terms", terms)
                    .setParameter("now", Timestamp.from(Instant.now())).executeUpdate() == 1;
        }
        return em.createNativeQuery("update funding_policy set pro_rata_method = :m, frequency = :f, school_year_days = :d, "
                        + "terms = cast(:terms as jsonb), updated_at = :now, version = version + 1 where tenant = :t and version = :v")
                .setParameter("t", tenant).setParameter("m", policy.method().name()).setParameter("f", policy.frequency().name())
                .setParameter("d", policy.calendar().yearDays()).setParameter("terms", terms)
                .setParameter("now", Timestamp.from(Instant.now())).setParameter("v", expectedVersion).executeUpdate() == 1;
    }

    private List<DateRange> read(String json) {
        try {
            return mapper.readValue(json, TERMS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("funding_policy.terms is not a list of date ranges", e);
        }
    }

    private String write(List<DateRange> terms) {
        try {
            return mapper.writeValueAsString(terms);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
