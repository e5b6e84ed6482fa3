package uk.send.placement.provider.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import uk.send.placement.provider.domain.NeedType;
import uk.send.placement.provider.entity.Provider;
import uk.send.placement.provider.domain.ProviderType;
import uk.send.placement.provider.domain.SettingGroup;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ProviderRepository implements PanacheRepositoryBase<Provider, UUID> {

    /** A provider of this LA; another LA's id is simply not found. */
    public Optional<Provider> findInTenant(String tenant, UUID id) {
        return find("id = ?1 and tenant = ?2", id, tenant).firstResultOptional();
    }

    public Optional<Provider> findByUrn(String tenant, String urn) {
        return find("urn = ?1 and tenant = ?2", urn, tenant).firstResultOptional();
    }

    /** A provider of this LA known by its UKPRN (a provider without a URN, such as a college). */
    public Optional<Provider> findByUkprn(String tenant, String ukprn) {
        return find("ukprn = ?1 and tenant = ?2", ukprn, tenant).firstResultOptional();
    }

    /** The LA's active providers of one setting group, by name. */
    public List<Provider> activeIn(String tenant, SettingGroup group) {
        return list("tenant = ?1 and settingGroup = ?2 and active = true order by name, id", tenant, group);
    }

    /** Filters of the provider list; null means "any". {@code q} is part of the name, in any case. */
    public record Filter(ProviderType type, NeedType needType, String q, Boolean active) {
    }

    public PanacheQuery<Provider> query(String tenant, Filter filter) {
        StringBuilder q = new StringBuilder("tenant = :tenant");
        Parameters p = Parameters.with("tenant", tenant);
        if (filter.type() != null) {
            q.append(" and type = :type");
            p.and("type", filter.type());
        }
        if (filter.needType() != null) {
            q.append(" and :needType member of needTypes");
            p.and("needType", filter.needType());
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            q.append(" and lower(name) like :name escape '\\'");
            p.and("name", "%" + escapeLike(filter.q().trim().toLowerCase(Locale.ROOT)) + "%");
        }
        if (filter.active() != null) {
            q.append(" and active = :active");
            p.and("active", filter.active());
        }
        return find(q.toString(), Sort.ascending("name").and("id"), p);
    }

    /** A search for "100%" or "st_mary" means those characters, not LIKE wildcards. */
    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
