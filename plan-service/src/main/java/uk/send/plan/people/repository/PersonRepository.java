package uk.send.plan.people.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import uk.send.plan.people.entity.Person;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PersonRepository implements PanacheRepositoryBase<Person, UUID> {

    public Optional<Person> findInTenant(String tenant, UUID id) {
        return find("id = ?1 and tenant = ?2", id, tenant).firstResultOptional();
    }

    public Optional<Person> byInitials(String tenant, String initials) {
        return find("tenant = ?1 and initials = ?2", tenant, initials).firstResultOptional();
    }

    /** The LA's lead officers by initials. */
    public PanacheQuery<Person> inTenant(String tenant) {
        return find("tenant", Sort.ascending("initials"), tenant);
    }

    /** Every lead officer of the LA, in no particular order. */
    public List<Person> allInTenant(String tenant) {
        return list("tenant", tenant);
    }
}
