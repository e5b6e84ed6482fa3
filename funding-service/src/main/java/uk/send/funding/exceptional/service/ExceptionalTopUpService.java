package uk.send.funding.exceptional.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.send.funding.exceptional.domain.Application;
import uk.send.funding.exceptional.domain.BudgetPosition;
import uk.send.funding.exceptional.domain.Decision;
import uk.send.funding.exceptional.domain.NewApplication;
import uk.send.funding.exceptional.repository.ApplicationRepository;
import uk.send.funding.exceptional.repository.CriterionRepository;
import uk.send.platform.domain.Conflict;
import uk.send.platform.domain.DomainException.FieldIssue;
import uk.send.platform.domain.InvalidInput;
import uk.send.platform.domain.NotFound;
import uk.send.platform.domain.PageRequest;
import uk.send.platform.domain.Slice;
import uk.send.platform.domain.VersionCheck;
import uk.send.platform.events.EventTypes;
import uk.send.platform.events.ExceptionalTopUpApplied;
import uk.send.platform.events.ExceptionalTopUpDecided;
import uk.send.platform.outbox.Outbox;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Exceptional top-ups without an EHCP: a school applies for one of its pupils (by pseudonymous reference), the panel
 * approves (possibly another sum) or refuses with reasons, and the approved spend counts against the year's budget;
 * both steps are published through the outbox. A school only ever reads its own setting's applications.
 */
@ApplicationScoped
public class ExceptionalTopUpService {

    /** The result of a decision: the application and where the year's budget stands after it. */
    public record Decided(Application application, BudgetPosition budget) {
    }

    private final ApplicationRepository applications;
    private final CriterionRepository criteria;
    private final Outbox outbox;
    private final Clock clock;

    public ExceptionalTopUpService(ApplicationRepository applications, CriterionRepository criteria, Outbox outbox, Clock clock) {
        this.applications = applications;
        this.criteria = criteria;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Application apply(String tenant, String settingUrn, String by, NewApplication request) {
        List<FieldIssue> problems = request.problems();
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems.get(0).field() + " " + problems.get(0).message(), problems);
        }
        if (criteria.byCode(tenant, request.criterionCode()).filter(c -> c.active()).isEmpty()) {
            throw new InvalidInput("criterionCode", "is not one of your LA's current criteria for exceptional top-ups");
        }
        Application a = new Application(UUID.randomUUID(), settingUrn, request.pupilRef(), request.criterionCode(), request.evidence(),
                request.evidenceFile(), request.amount(), request.periodFrom(), request.periodTo(), request.financialYear(),
                Application.Status.APPLIED, null, null, null, null, by, clock.instant(), 0);
        applications.insert(tenant, a);
        outbox.publish(tenant, EventTypes.EXCEPTIONAL_TOP_UP_APPLIED, a.id().toString(), "exceptional-top-up/" + a.id(),
                new ExceptionalTopUpApplied(a.id(), settingUrn, a.criterionCode(), a.amountRequested(), a.periodFrom(), a.periodTo(),
                        a.financialYear().label()));
        return a;
    }

    /** An application of the LA; with {@code onlyUrn}, only if it is that setting's (another's is not found). */
    public Application find(String tenant, UUID id, String onlyUrn) {
        return applications.find(tenant, id, onlyUrn, false).orElseThrow(() -> new NotFound("Application", id));
    }

    public Slice<Application> list(String tenant, ApplicationRepository.Filter filter, PageRequest page) {
        return new Slice<>(applications.page(tenant, filter, page), applications.count(tenant, filter));
    }

    /**
     * Approves or refuses an application once. The budget row is locked first, so concurrent decisions in one year count
     * one after another and each sees the spend committed before it; an approval that takes the spend over the budget is
     * made (the panel decides) but flagged as an overspend.
     */
    @Transactional
    public Decided decide(String tenant, UUID id, VersionCheck version, String by, Decision decision) {
        Application current = find(tenant, id, null);
        criteria.position(tenant, current.financialYear(), true);
        Application a = applications.find(tenant, id, null, true).orElseThrow(() -> new NotFound("Application", id));
        version.require(a.version());
        if (a.status() != Application.Status.APPLIED) {
            throw new Conflict("Application " + id + " was already " + a.status().name().toLowerCase() + " on " + a.decidedAt());
        }
        List<FieldIssue> problems = decision.problems(a.amountRequested());
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems.get(0).field() + ": " + problems.get(0).message(), problems);
        }
        Application.Status status = decision.outcome() == Decision.Outcome.APPROVED ? Application.Status.APPROVED : Application.Status.REFUSED;
        String reasons = decision.reasons() == null || decision.reasons().isBlank() ? null : decision.reasons().trim();
        applications.decide(tenant, id, status, decision.approved(a.amountRequested()), reasons, by, clock.instant());
        Application decided = applications.find(tenant, id, null, false).orElseThrow();
        BudgetPosition budget = criteria.position(tenant, decided.financialYear(), false);
        outbox.publish(tenant, EventTypes.EXCEPTIONAL_TOP_UP_DECIDED, id.toString(), "exceptional-top-up/" + id,
                new ExceptionalTopUpDecided(id, decided.settingUrn(), decided.criterionCode(), status.name(), decided.amountRequested(),
                        decided.amountApproved(), decided.financialYear().label(), budget.budget(), budget.committed(), budget.remaining(),
                        budget.overspent()));
        return new Decided(decided, budget);
    }
}
