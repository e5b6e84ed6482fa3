package uk.send.notification.preferences.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.Session;
import uk.send.notification.preferences.domain.RecipientProfile;
import uk.send.notification.preferences.entity.Recipient;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class RecipientRepository implements PanacheRepositoryBase<Recipient, Recipient.Key> {

    public Optional<Recipient> find(String tenant, String person) {
        return findByIdOptional(new Recipient.Key(tenant, person));
    }

    /** People of an LA whose last token carried the role. */
    public List<Recipient> withRole(String tenant, String role) {
        return find("tenant = ?1 and (roles = ?2 or roles like ?3 or roles like ?4 or roles like ?5)",
                tenant, role, role + ",%", "%," + role, "%," + role + ",%").list();
    }

    /**
     * These people's profiles, each created first (known by id alone, default preferences) if no event or token named
     * them before: two statements however many people, keyed by (tenant, person).
     */
    public Map<Recipient.Key, RecipientProfile> ensureProfiles(Collection<Recipient.Key> people, Instant now) {
        Map<Recipient.Key, RecipientProfile> found = new HashMap<>();
        if (people.isEmpty()) {
            return found;
        }
        getEntityManager().unwrap(Session.class).doWork(c -> {
            Object[] tenants = people.stream().map(k -> k.tenant).toArray();
            Object[] persons = people.stream().map(k -> k.person).toArray();
            try (PreparedStatement insert = c.prepareStatement("""
                    insert into recipient (tenant, person, updated_at)
                    select t, p, ? from unnest(?::varchar[], ?::varchar[]) as k (t, p) on conflict do nothing""")) {
                insert.setTimestamp(1, Timestamp.from(now));
                insert.setArray(2, c.createArrayOf("varchar", tenants));
                insert.setArray(3, c.createArrayOf("varchar", persons));
                insert.executeUpdate();
            }
            read(c, tenants, persons, found);
        });
        return found;
    }

    private static void read(Connection c, Object[] tenants, Object[] persons, Map<Recipient.Key, RecipientProfile> into) throws java.sql.SQLException {
        try (PreparedStatement select = c.prepareStatement("""
                select r.tenant, r.person, r.display_name, r.email, r.roles, r.setting_urn, r.email_enabled, r.digest_only, r.muted_programmes
                from recipient r join unnest(?::varchar[], ?::varchar[]) as k (t, p) on r.tenant = k.t and r.person = k.p""")) {
            select.setArray(1, c.createArrayOf("varchar", tenants));
            select.setArray(2, c.createArrayOf("varchar", persons));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    RecipientProfile p = new RecipientProfile(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getBoolean(7), rs.getBoolean(8), rs.getString(9));
                    into.put(new Recipient.Key(p.tenant(), p.person()), p);
                }
            }
        }
    }
}
