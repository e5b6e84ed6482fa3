package uk.send.funding.banding.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import uk.send.funding.banding.domain.BandingChanged;
import uk.send.funding.banding.domain.FundingCategory;
import uk.send.funding.banding.domain.NewScheme;
import uk.send.funding.banding.domain.SchemeDetails;
import uk.send.funding.banding.domain.SchemeStatus;
import uk.send.funding.banding.domain.Uplift;
import uk.send.funding.banding.entity.BandingScheme;
import uk.send.funding.banding.repository.BandingSchemeRepository;
import uk.send.funding.money.domain.FinancialYear;
import uk.send.platform.events.BandingSchemeEvent;
import uk.send.platform.events.EventTypes;
import uk.send.platform.outbox.Outbox;
import uk.send.platform.domain.PageRequest;
import uk.send.platform.domain.Slice;
import uk.send.platform.domain.VersionCheck;
import uk.send.platform.persistence.Slices;
import uk.send.platform.domain.BusinessRuleBroken;
import uk.send.platform.domain.Conflict;
import uk.send.platform.domain.DomainException;
import uk.send.platform.domain.InvalidInput;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Banding schemes: drafts are edited freely; approval records who approved it, when and the schools forum
 * minute, and from then the version is never edited: a change is a new version from a date. Approval and
 * uplift are published; approval reprices the year's schedule ({@link BandingChanged}).
 */
@ApplicationScoped
public class BandingSchemeService {

    private final BandingSchemeRepository schemes;
    private final Outbox outbox;
    private final Event<BandingChanged> bandingChanged;
    private final Clock clock;

    public BandingSchemeService(BandingSchemeRepository schemes, Outbox outbox, Event<BandingChanged> bandingChanged, Clock clock) {
        this.schemes = schemes;
        this.outbox = outbox;
        this.bandingChanged = bandingChanged;
        this.clock = clock;
    }

    @Transactional
    public SchemeDetails createDraft(String tenant, NewScheme draft) {
        requireWellFormed(draft);
        Instant now = clock.instant();
        BandingScheme s = new BandingScheme();
        s.id = UUID.randomUUID();
        s.tenant = tenant;
        s.financialYear = draft.year().startYear();
        s.category = draft.category();
        s.versionNo = schemes.nextVersion(tenant, s.financialYear, s.category);
        s.status = SchemeStatus.DRAFT;
        apply(s, draft);
        s.createdAt = now;
        s.updatedAt = now;
        schemes.persist(s);
        return details(s);
    }

    @Transactional
    public Optional<SchemeDetails> updateDraft(String tenant, UUID id, VersionCheck version, NewScheme draft) {
        return schemes.lockInTenant(tenant, id).map(s -> {
            version.require(s.version);
            requireDraft(s);
            if (draft.year().startYear() != s.financialYear || draft.category() != s.category) {
                throw new InvalidInput("financialYear", "a draft keeps its financial year and category; create a new scheme instead");
            }
            requireWellFormed(draft);
            apply(s, draft);
            s.updatedAt = clock.instant();
            schemes.flush();
            return details(s);
        });
    }

    /** Approves a draft: it takes effect from its date, after every approved version of its year and category. */
    @Transactional
    public Optional<SchemeDetails> approve(String tenant, UUID id, VersionCheck version, String approvedBy, String forumMinute) {
        return schemes.lockInTenant(tenant, id).map(s -> {
            version.require(s.version);
            requireDraft(s);
            for (BandingScheme other : schemes.approvedVersions(tenant, s.financialYear, s.category)) {
                if (!other.effectiveFrom.isBefore(s.effectiveFrom)) {
                    throw new BusinessRuleBroken("scheme-version-not-later", "A new version must take effect later",
                            "Version " + other.versionNo + " is approved from " + other.effectiveFrom + "; this version must take effect after it "
                                    + "(an approved scheme in use is never edited; a new version takes effect from a later date)");
                }
            }
            s.status = SchemeStatus.APPROVED;
            s.approvedBy = approvedBy;
            s.approvedAt = clock.instant();
            s.forumMinute = forumMinute.trim();
            s.updatedAt = s.approvedAt;
            schemes.flush();
            outbox.publish(tenant, EventTypes.BANDING_SCHEME_APPROVED, s.id.toString(), "banding-scheme/" + s.id, event(s));
            FinancialYear year = new FinancialYear(s.financialYear);
            bandingChanged.fire(new BandingChanged(tenant, year, s.category + " banding scheme v" + s.versionNo + " approved from "
                    + s.effectiveFrom + " (forum minute " + s.forumMinute + ")"));
            return details(s);
        });
    }

    /** Next year's draft: this scheme's bands uplifted by a percentage or a flat sum, with the rounding rule stated. */
    @Transactional
    public Optional<SchemeDetails> uplift(String tenant, UUID id, Uplift uplift) {
        return schemes.findInTenant(tenant, id).map(from -> {
            FinancialYear next = new FinancialYear(from.financialYear).next();
            BandingScheme s = new BandingScheme();
            Instant now = clock.instant();
            s.id = UUID.randomUUID();
            s.tenant = tenant;
            s.financialYear = next.startYear();
            s.category = from.category;
            s.versionNo = schemes.nextVersion(tenant, s.financialYear, s.category);
            s.status = SchemeStatus.DRAFT;
            s.effectiveFrom = next.start();
            try {
                s.bands = uplift.apply(from.bands);
            } catch (IllegalArgumentException e) {
                throw new InvalidInput("flatAmount", e.getMessage());
            }
            s.matrix = from.matrix;
            s.pricing = from.pricing;
            s.placeValue = from.placeValue;
            s.upliftRule = describe(uplift);
            s.derivedFrom = from.id;
            s.createdAt = now;
            s.updatedAt = now;
            schemes.persist(s);
            schemes.flush();
            outbox.publish(tenant, EventTypes.BANDS_UPLIFTED, s.id.toString(), "banding-scheme/" + s.id, event(s));
            return details(s);
        });
    }

    public Optional<SchemeDetails> find(String tenant, UUID id) {
        return schemes.findInTenant(tenant, id).map(BandingSchemeService::details);
    }

    public Slice<SchemeDetails> list(String tenant, FinancialYear year, FundingCategory category, SchemeStatus status, PageRequest page) {
        return Slices.of(schemes.query(tenant, year == null ? null : year.startYear(), category, status), page, BandingSchemeService::details);
    }

    static String describe(Uplift u) {
        return (u.percentage() != null ? "+" + u.percentage().stripTrailingZeros().toPlainString() + "%" : "+£" + u.flatAmount().toPlainString())
                + " per band, rounded " + u.rounding();
    }

    private static void requireDraft(BandingScheme s) {
        if (s.status != SchemeStatus.DRAFT) {
            throw new Conflict("Banding scheme " + s.id + " is approved and is never edited; create a new version that takes effect from a date");
        }
    }

    private static void requireWellFormed(NewScheme draft) {
        List<String[]> problems = draft.problems();
        if (!problems.isEmpty()) {
            throw new InvalidInput("The scheme breaks the scheme rules",
                    problems.stream().map(p -> new DomainException.FieldIssue(p[0], p[1])).toList());
        }
    }

    private static void apply(BandingScheme s, NewScheme draft) {
        s.effectiveFrom = draft.effectiveFromOrStart();
        s.bands = draft.bands();
        s.matrix = draft.matrix();
        s.pricing = draft.pricing();
        s.placeValue = draft.placeValue();
    }

    private static BandingSchemeEvent event(BandingScheme s) {
        return new BandingSchemeEvent(s.id, new FinancialYear(s.financialYear).label(), s.category.name(), s.versionNo, s.effectiveFrom,
                s.status.name(), s.bands.stream().map(b -> new BandingSchemeEvent.BandValue(b.code(), b.annualValue())).toList(),
                s.forumMinute, s.upliftRule, s.derivedFrom, s.pricing.name(), s.placeValue);
    }

    static SchemeDetails details(BandingScheme s) {
        return new SchemeDetails(s.toDomain(), s.approvedBy, s.approvedAt, s.forumMinute, s.upliftRule, s.derivedFrom,
                s.createdAt, s.updatedAt, s.version);
    }

}
