package uk.send.plan.imports.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/** The {@code programme_import} log of every import and its report, and the lock that runs one programme's imports one at a time. */
@ApplicationScoped
public class ProgrammeImportRepository {

    private final EntityManager em;

    public ProgrammeImportRepository(EntityManager em) {
        this.em = em;
    }

    /** Waits for, then holds until the transaction ends, the programme's import lock. */
    public void lockProgramme(UUID programmeId) {
        em.createNativeQuery("select pg_advisory_xact_lock(hashtextextended(:k, 0))").setParameter("k", "plan.import." + programmeId).getSingleResult();
    }

    /** Logs an import: {@code reportJson} is the report as the client got it. */
    public void record(UUID importId, String tenant, UUID programmeId, String format, String contentHash, String reportJson,
                       String importedBy, Instant at) {
        em.createNativeQuery("insert into programme_import (id, tenant, programme_id, format, content_hash, report, imported_by, created_at) "
                        + "values (:id, :t, :p, :f, :h, :r, :by, :at)")
                .setParameter("id", importId).setParameter("t", tenant).setParameter("p", programmeId)
                .setParameter("f", format).setParameter("h", contentHash).setParameter("r", reportJson)
                .setParameter("by", importedBy).setParameter("at", Timestamp.from(at)).executeUpdate();
    }
}
