package uk.send.notification.preferences.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.send.notification.config.NotificationConfig;
import uk.send.notification.delivery.domain.Channel;
import uk.send.notification.delivery.service.DeliveryQueue;
import uk.send.notification.preferences.domain.EmailVerification;
import uk.send.notification.preferences.domain.Preferences;
import uk.send.notification.preferences.domain.PreferencesChange;
import uk.send.notification.preferences.entity.Recipient;
import uk.send.notification.preferences.repository.RecipientRepository;
import uk.send.platform.domain.InvalidInput;
import uk.send.platform.domain.VersionCheck;
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
    private final DeliveryQueue deliveries;
    private final NotificationConfig config;

    public RecipientService(RecipientRepository recipients, Clock clock, DeliveryQueue deliveries, NotificationConfig config) {
        this.recipients = recipients;
        this.clock = clock;
        this.deliveries = deliveries;
        this.config = config;
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
        String urn = user.settingUrn().orElse(null);
        boolean changed = !roles.equals(r.roles) || !java.util.Objects.equals(urn, r.settingUrn);
        r.roles = roles;
        r.settingUrn = urn;
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
    public Preferences update(CurrentUser user, VersionCheck version, PreferencesChange change) {
        Recipient r = refresh(user);
        version.require(r.version);
        r.emailEnabled = change.emailEnabled();
        r.digestOnly = change.digestOnly();
        changeEmail(user, r, change.email() == null || change.email().isBlank() ? null : change.email().trim());
        Set<UUID> muted = change.mutedProgrammes() == null ? Set.of() : change.mutedProgrammes();
        r.mutedProgrammes = muted.stream().map(UUID::toString).sorted().collect(Collectors.joining(","));
        r.updatedAt = clock.instant();
        recipients.flush();
        return view(r);
    }

    /**
     * Confirms the pending address with the code e-mailed to it: from now on e-mail goes there.
     *
     * @throws InvalidInput (field {@code token}) when no address is pending, the code is not its code, or it expired
     */
    @Transactional
    public Preferences confirmEmail(CurrentUser user, String token) {
        Recipient r = refresh(user);
        if (r.pendingEmail == null || r.pendingEmailUntil == null || clock.instant().isAfter(r.pendingEmailUntil)
                || !EmailVerification.matches(token, r.pendingEmailTokenHash)) {
            throw new InvalidInput("token", "is not the code sent to the new address, or it has expired");
        }
        r.email = r.pendingEmail;
        clearPending(r);
        r.updatedAt = clock.instant();
        recipients.flush();
        return view(r);
    }

    /**
     * An address the person's own token carries, or going back to the login name, is taken at once; any other
     * waits for the code e-mailed to it (the old address keeps receiving meanwhile).
     */
    private void changeEmail(CurrentUser user, Recipient r, String requested) {
        if (java.util.Objects.equals(requested, r.email)) {
            return;
        }
        if (requested == null || requested.equalsIgnoreCase(user.email().orElse(""))) {
            r.email = requested;
            clearPending(r);
            return;
        }
        if (requested.equalsIgnoreCase(r.pendingEmail)) {
            return; // already waiting for this one: the code sent stays valid
        }
        String token = EmailVerification.newToken();
        r.pendingEmail = requested;
        r.pendingEmailTokenHash = EmailVerification.hash(token);
        r.pendingEmailUntil = clock.instant().plus(EmailVerification.VALID_FOR);
        EmailVerification.Message message = EmailVerification.message(config.frontendBaseUrl(), token);
        String id = "email-verification:" + java.util.UUID.randomUUID();
        deliveries.queue(r.tenant, id, id, EmailVerification.EVENT_TYPE, Channel.EMAIL, requested, null, message.subject(), message.text(), null);
    }

    private static void clearPending(Recipient r) {
        r.pendingEmail = null;
        r.pendingEmailTokenHash = null;
        r.pendingEmailUntil = null;
    }

    private static Preferences view(Recipient r) {
        return new Preferences(r.person, r.emailEnabled, r.digestOnly, r.emailAddress(), r.pendingEmail, r.mutedProgrammeSet(), r.version);
    }
}
