package uk.send.funding.register.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import uk.send.funding.register.entity.Setting;
import uk.send.funding.register.entity.SettingType;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class SettingRepository implements PanacheRepositoryBase<Setting, UUID> {

    /** A setting of this LA; another LA's id is simply not found. */
    public Optional<Setting> findInTenant(String tenant, UUID id) {
        return find("id = ?1 and tenant = ?2", id, tenant).firstResultOptional();
    }

    public Optional<Setting> findByUrn(String tenant, String urn) {
        return find("tenant = ?1 and urn = ?2", tenant, urn).firstResultOptional();
    }

    /**
     * Filters of the register; null means "any".
     *
     * @param q   part of the name, any case
     * @param urn only the setting with this URN (a school user's own)
     */
    public record Filter(SettingType type, String cluster, String q, Boolean active, String urn) {
    }

    public PanacheQuery<Setting> query(String tenant, Filter filter) {
        StringBuilder q = new StringBuilder("tenant = :tenant");
        Parameters p = Parameters.with("tenant", tenant);
        if (filter.urn() != null) {
            q.append(" and urn = :urn");
            p.and("urn", filter.urn());
        }
        if (filter.type() != null) {
            q.append(" and type = :type");
            p.and("type", filter.type());
        }
        if (filter.cluster() != null) {
            q.append(" and cluster = :cluster");
            p.and("cluster", filter.cluster());
        }
        if (filter.q() != null) {
            q.append(" and lower(name) like :q escape '!'");
            p.and("q", "%" + escapeLike(filter.q().toLowerCase(Locale.ROOT)) + "%");
        }
        if (filter.active() != null) {
            q.append(" and active = :active");
            p.and("active", filter.active());
        }
        return find(q.toString(), Sort.ascending("name").and("id"), p);
    }

    /** Makes % and _ in a search term match themselves. */
    static String escapeLike(String term) {
        return term.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
