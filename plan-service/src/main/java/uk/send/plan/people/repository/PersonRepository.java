package uk.send.plan.people.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import uk.send.plan.people.entity.Person;
import uk.send.platform.rest.PageParams;

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

    public List<Person> page(String tenant, PageParams page) {
        return find("tenant", Sort.ascending("initials"), tenant).page(page.page, page.size).list();
    }

    public long countInTenant(String tenant) {
        return count("tenant", tenant);
    }
}
