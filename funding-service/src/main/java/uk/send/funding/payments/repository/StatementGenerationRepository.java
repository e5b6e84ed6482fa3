package uk.send.funding.payments.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.List;

/** The LA's statement generation (migration V65): moved at the commit of any change to what a payment statement shows. */
@ApplicationScoped
public class StatementGenerationRepository {

    /** The PostgreSQL NOTIFY channel the generation is announced on, as {@code tenant:generation}. */
    public static final String CHANNEL = "funding_statement";

    private final EntityManager em;

    public StatementGenerationRepository(EntityManager em) {
        this.em = em;
    }

    /** One primary-key lookup; 0 before the LA's first change. */
    public long generation(String tenant) {
        List<?> rows = em.createNativeQuery("select generation from statement_generation where tenant = :t").setParameter("t", tenant).getResultList();
        return rows.isEmpty() ? 0 : ((Number) rows.get(0)).longValue();
    }
}
