package uk.send.plan.programme.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import uk.send.plan.programme.entity.Programme;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ProgrammeRepository implements PanacheRepositoryBase<Programme, UUID> {

    /** A programme of this LA; another LA's id is simply not found. */
    public Optional<Programme> findInTenant(String tenant, UUID id) {
        return find("id = ?1 and tenant = ?2", id, tenant).firstResultOptional();
    }

    /** The LA's programmes, newest first. */
    public PanacheQuery<Programme> inTenant(String tenant) {
        return find("tenant", Sort.descending("createdAt").and("id"), tenant);
    }
}
