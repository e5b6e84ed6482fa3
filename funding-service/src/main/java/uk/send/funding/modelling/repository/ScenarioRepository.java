package uk.send.funding.modelling.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import uk.send.funding.modelling.domain.Proposal;
import uk.send.funding.modelling.domain.ProtectionPolicy;
import uk.send.funding.modelling.domain.Scenario;
import uk.send.funding.modelling.domain.ScenarioStatus;
import uk.send.funding.money.domain.FinancialYear;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** All SQL of {@code modelling_scenario}: saved scenarios, always read within the caller's LA. */
@ApplicationScoped
public class ScenarioRepository {

    private static final String COLUMNS = "id, name, financial_year, as_at, proposal::text, protection::text, status, created_by, created_at, "
            + "granted_by, granted_at, version";

    private final EntityManager em;
    private final ObjectMapper mapper;

    public ScenarioRepository(EntityManager em, ObjectMapper mapper) {
        this.em = em;
        this.mapper = mapper;
    }

    public void insert(String tenant, Scenario s) {
        em.createNativeQuery("insert into modelling_scenario (id, tenant, name, financial_year, as_at, proposal, protection, status, created_by, "
                        + "created_at, version) values (:id, :t, :name, :fy, :asAt, cast(:p as jsonb), cast(:pp as jsonb), :status, :by, :at, :v)")
                .setParameter("id", s.id()).setParameter("t", tenant).setParameter("name", s.name()).setParameter("fy", s.financialYear().startYear())
                .setParameter("asAt", s.asAt()).setParameter("p", write(s.proposal()))
                .setParameter("pp", s.protection() == null ? null : write(s.protection())).setParameter("status", s.status().name())
                .setParameter("by", s.createdBy()).setParameter("at", Timestamp.from(s.createdAt())).setParameter("v", s.version()).executeUpdate();
    }

    public Optional<Scenario> find(String tenant, UUID id, boolean lock) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select " + COLUMNS + " from modelling_scenario where tenant = :t and id = :id"
                        + (lock ? " for update" : "")).setParameter("t", tenant).setParameter("id", id).getResultList();
        return rows.stream().findFirst().map(this::toDomain);
    }

    public List<Scenario> page(String tenant, int offset, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select " + COLUMNS + " from modelling_scenario where tenant = :t "
                        + "order by created_at desc, id offset :o limit :l").setParameter("t", tenant).setParameter("o", offset)
                .setParameter("l", limit).getResultList();
        return rows.stream().map(this::toDomain).toList();
    }

    public long count(String tenant) {
        return ((Number) em.createNativeQuery("select count(*) from modelling_scenario where tenant = :t").setParameter("t", tenant)
                .getSingleResult()).longValue();
    }

    /** Marks the scenario granted if it is still at {@code expectedVersion}; false if it moved on. */
    public boolean markGranted(String tenant, UUID id, long expectedVersion, String by, Instant at) {
        return em.createNativeQuery("update modelling_scenario set status = 'GRANTED', granted_by = :by, granted_at = :at, version = version + 1 "
                        + "where tenant = :t and id = :id and version = :v and status = 'DRAFT'").setParameter("by", by)
                .setParameter("at", Timestamp.from(at)).setParameter("t", tenant).setParameter("id", id).setParameter("v", expectedVersion)
                .executeUpdate() == 1;
    }

    private Scenario toDomain(Object[] r) {
        return new Scenario((UUID) r[0], (String) r[1], new FinancialYear(((Number) r[2]).intValue()), toLocalDate(r[3]),
                read((String) r[4], Proposal.class), r[5] == null ? null : read((String) r[5], ProtectionPolicy.class),
                ScenarioStatus.valueOf((String) r[6]), (String) r[7], toInstant(r[8]), (String) r[9], r[10] == null ? null : toInstant(r[10]),
                ((Number) r[11]).longValue());
    }

    private static LocalDate toLocalDate(Object o) {
        return o instanceof LocalDate d ? d : ((Date) o).toLocalDate();
    }

    private static Instant toInstant(Object o) {
        if (o instanceof Instant i) {
            return i;
        }
        if (o instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        return ((Timestamp) o).toInstant();
    }

    private String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T read(String json, Class<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("modelling_scenario holds a value that is not a " + type.getSimpleName(), e);
        }
    }
}
