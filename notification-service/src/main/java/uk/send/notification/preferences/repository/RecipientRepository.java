package uk.send.notification.preferences.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import uk.send.notification.preferences.entity.Recipient;

import java.util.List;
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
}
