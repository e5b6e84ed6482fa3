package uk.send.plan.people.rest;

import uk.send.plan.people.domain.PersonDetails;
import uk.send.plan.people.domain.PersonDraft;

/** The people API's records to and from the domain, at the edge. */
public final class PersonApi {

    private PersonApi() {
    }

    public static PersonDraft draft(PersonRequest r) {
        return new PersonDraft(r.initials(), r.name(), r.title(), r.email(), r.login());
    }

    public static PersonView view(PersonDetails p) {
        return new PersonView(p.id(), p.initials(), p.name(), p.title(), p.email(), p.login(), p.leadId(), p.version());
    }
}
