package uk.send.plan.people.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.send.plan.people.entity.Person;
import uk.send.plan.people.repository.PersonRepository;
import uk.send.plan.people.domain.PersonDetails;
import uk.send.plan.people.domain.PersonDraft;
import uk.send.plan.text.Homoglyphs;
import uk.send.platform.domain.Conflict;
import uk.send.platform.domain.PageRequest;
import uk.send.platform.domain.Slice;
import uk.send.platform.domain.VersionCheck;
import uk.send.platform.persistence.Slices;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** The LA's lead officers, resolved from plans' keys of initials. */
@ApplicationScoped
public class PersonService {

    private final PersonRepository people;
    private final Clock clock;

    public PersonService(PersonRepository people, Clock clock) {
        this.people = people;
        this.clock = clock;
    }

    /** Initials as plans write them: Latin capitals, whatever look-alike letters the PDF produced ("ВВ" is "BB"). */
    public static String normaliseInitials(String initials) {
        return Homoglyphs.toLatin(initials).replaceAll("[^A-Za-z]", "").toUpperCase(Locale.ROOT);
    }

    @Transactional
    public PersonDetails create(String tenant, PersonDraft request) {
        String initials = normaliseInitials(request.initials());
        if (people.byInitials(tenant, initials).isPresent()) {
            throw new Conflict("Someone in your LA already has the initials " + initials);
        }
        Instant now = clock.instant();
        Person p = new Person();
        p.id = UUID.randomUUID();
        p.tenant = tenant;
        p.initials = initials;
        p.createdAt = now;
        apply(p, request, now);
        people.persist(p);
        return view(p);
    }

    /** Creates or refreshes a person from a plan's key; returns it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Person upsertFromKey(String tenant, String initials, String name, String title) {
        String normalised = normaliseInitials(initials);
        Instant now = clock.instant();
        return people.byInitials(tenant, normalised).map(p -> {
            if (p.title == null && title != null) {
                p.title = title;
                p.updatedAt = now;
            }
            return p;
        }).orElseGet(() -> {
            Person p = new Person();
            p.id = UUID.randomUUID();
            p.tenant = tenant;
            p.initials = normalised;
            p.name = name == null || name.isBlank() ? normalised : name.trim();
            p.title = title == null || title.isBlank() ? null : title.trim();
            p.createdAt = now;
            p.updatedAt = now;
            people.persist(p);
            return p;
        });
    }

    public Optional<Person> byInitials(String tenant, String initials) {
        return people.byInitials(tenant, normaliseInitials(initials));
    }

    public Slice<PersonDetails> list(String tenant, PageRequest page) {
        return Slices.of(people.inTenant(tenant), page, PersonService::view);
    }

    @Transactional
    public Optional<PersonDetails> update(String tenant, UUID id, VersionCheck version, PersonDraft request) {
        return people.findInTenant(tenant, id).map(p -> {
            version.require(p.version);
            String initials = normaliseInitials(request.initials());
            if (!initials.equals(p.initials) && people.byInitials(tenant, initials).isPresent()) {
                throw new Conflict("Someone in your LA already has the initials " + initials);
            }
            p.initials = initials;
            apply(p, request, clock.instant());
            people.flush();
            return view(p);
        });
    }

    private static void apply(Person p, PersonDraft r, Instant now) {
        p.name = r.name().trim();
        p.title = blankToNull(r.title());
        p.email = blankToNull(r.email());
        p.login = blankToNull(r.login());
        p.updatedAt = now;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static PersonDetails view(Person p) {
        return new PersonDetails(p.id, p.initials, p.name, p.title, p.email, p.login, p.leadId(), p.version);
    }
}
