package uk.send.notification.preferences.service;

import uk.send.notification.dispatch.service.Dispatcher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.send.notification.preferences.entity.Recipient;
import uk.send.notification.preferences.repository.RecipientRepository;
import uk.send.notification.preferences.rest.PreferencesRequest;
import uk.send.notification.preferences.rest.PreferencesView;
import uk.send.platform.rest.ETags;
import uk.send.platform.security.CurrentUser;

import java.time.Clock;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/** The people the service writes to: kept current from their tokens, with the preferences they set. */
@ApplicationScoped
public class RecipientService {

    private final RecipientRepository recipients;
    private final Dispatcher dispatcher;
    private final Clock clock;

    public RecipientService(RecipientRepository recipients, Dispatcher dispatcher, Clock clock) {
        this.recipients = recipients;
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    /** Records the caller's roles, name and address from their token, so role subscriptions reach them. */
    @Transactional
    public Recipient refresh(CurrentUser user) {
        Recipient r = dispatcher.recipient(user.tenant(), user.userId(), user.displayName().orElse(null));
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
    public PreferencesView preferences(CurrentUser user) {
        return view(refresh(user));
    }

    @Transactional
    public PreferencesView update(CurrentUser user, String ifMatch, PreferencesRequest request) {
        Recipient r = refresh(user);
        ETags.requireMatch(ifMatch, r.version);
        r.emailEnabled = request.emailEnabled();
        r.digestOnly = request.digestOnly();
        r.email = request.email() == null || request.email().isBlank() ? null : request.email().trim();
        Set<UUID> muted = request.mutedProgrammes() == null ? Set.of() : request.mutedProgrammes();
        r.mutedProgrammes = muted.stream().map(UUID::toString).sorted().collect(Collectors.joining(","));
        r.updatedAt = clock.instant();
        recipients.flush();
        return view(r);
    }

    private static PreferencesView view(Recipient r) {
        return new PreferencesView(r.person, r.emailEnabled, r.digestOnly, r.emailAddress(), r.mutedProgrammeSet(), r.version);
    }
}
