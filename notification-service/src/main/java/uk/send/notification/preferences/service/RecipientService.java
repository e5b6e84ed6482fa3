package uk.send.notification.preferences.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.send.notification.preferences.domain.Preferences;
import uk.send.notification.preferences.domain.PreferencesChange;
import uk.send.notification.preferences.entity.Recipient;
import uk.send.notification.preferences.repository.RecipientRepository;
import uk.send.platform.rest.ETags;
import uk.send.platform.security.CurrentUser;

import java.time.Clock;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The directory of people the service writes to: kept current from the tokens they sign in with (name,
 * address, roles), with the preferences they set. Events name people by id only; this is where a name or
 * an address is looked up. Someone an event names before they ever signed in is known by their id alone.
 */
@ApplicationScoped
public class RecipientService {

    private final RecipientRepository recipients;
    private final Clock clock;

    public RecipientService(RecipientRepository recipients, Clock clock) {
        this.recipients = recipients;
        this.clock = clock;
    }

    /** The person's record, created (known by id alone) the first time an event or a token names them. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Recipient recipient(String tenant, String person, String displayName) {
        return recipients.find(tenant, person).orElseGet(() -> {
            Recipient r = new Recipient();
            r.tenant = tenant;
            r.person = person;
            r.displayName = displayName;
            r.updatedAt = clock.instant();
            recipients.persist(r);
            return r;
        });
    }

    /** Records the caller's roles, name and address from their token, so role subscriptions reach them. */
    @Transactional
    public Recipient refresh(CurrentUser user) {
        Recipient r = recipient(user.tenant(), user.userId(), user.displayName().orElse(null));
        String roles = new TreeSet<>(user.roles()).stream().collect(Collectors.joining(","));
        boolean changed = !roles.equals(r.roles);
        r.roles = roles;
        if (user.displayName().isPresent() && !user.displayName().get().equals(r.displayName)) {
            r.displayName = user.displayName().get();
            changed = true;
        }
        if (r.email == null && user.email().isPresent()) {
            r.email = user.email().get();
            changed = true;
        }
        if (changed) {
            r.updatedAt = clock.instant();
            // Flushed now so that the version (the ETag a client reads) is the stored one.
            recipients.flush();
        }
        return r;
    }

    @Transactional
    public Preferences preferences(CurrentUser user) {
        return view(refresh(user));
    }

    @Transactional
    public Preferences update(CurrentUser user, String ifMatch, PreferencesChange change) {
        Recipient r = refresh(user);
        ETags.requireMatch(ifMatch, r.version);
        r.emailEnabled = change.emailEnabled();
        r.digestOnly = change.digestOnly();
        r.email = change.email() == null || change.email().isBlank() ? null : change.email().trim();
        Set<UUID> muted = change.mutedProgrammes() == null ? Set.of() : change.mutedProgrammes();
        r.mutedProgrammes = muted.stream().map(UUID::toString).sorted().collect(Collectors.joining(","));
        r.updatedAt = clock.instant();
        recipients.flush();
        return view(r);
    }

    private static Preferences view(Recipient r) {
        return new Preferences(r.person, r.emailEnabled, r.digestOnly, r.emailAddress(), r.mutedProgrammeSet(), r.version);
    }
}
