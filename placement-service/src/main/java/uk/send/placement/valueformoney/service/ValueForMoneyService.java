package uk.send.placement.valueformoney.service;

import uk.send.platform.domain.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.send.placement.placement.entity.Placement;
import uk.send.placement.placement.repository.PlacementRepository;
import uk.send.placement.provider.domain.InspectionGrade;
import uk.send.placement.shared.Money;
import uk.send.placement.valueformoney.domain.CostOutliers;
import uk.send.placement.valueformoney.domain.Review;
import uk.send.placement.valueformoney.domain.ReviewOutcome;
import uk.send.placement.valueformoney.domain.ValueForMoneyReport;
import uk.send.placement.valueformoney.domain.Visit;
import uk.send.platform.events.CostAnomalyFlagged;
import uk.send.placement.valueformoney.repository.ValueForMoneyRepository;
import uk.send.platform.events.EventTypes;
import uk.send.platform.outbox.Outbox;
import uk.send.platform.domain.PageRequest;
import uk.send.platform.domain.Slice;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The desk review of independent placements: cost per placement by need and provider type, outliers
 * within each need type, the providers to visit (urgent when their last inspection was below good),
 * and each review's outcome.
 */
@ApplicationScoped
public class ValueForMoneyService {

    private final ValueForMoneyRepository repository;
    private final PlacementRepository placements;
    private final Outbox outbox;
    private final Clock clock;

    public ValueForMoneyService(ValueForMoneyRepository repository, PlacementRepository placements, Outbox outbox, Clock clock) {
        this.repository = repository;
        this.placements = placements;
        this.outbox = outbox;
        this.clock = clock;
    }

    public ValueForMoneyReport report(String tenant, LocalDate asOf, int minChildren) {
        LocalDate day = asOf == null ? LocalDate.now(clock) : asOf;
        CostOutliers.Result outliers = CostOutliers.flag(repository.costedIndependent(tenant, day));
        List<Visit> visits = repository.visitCandidates(tenant, day, minChildren).stream().map(v -> {
            boolean urgent = v.inspectionGrade() != null && InspectionGrade.valueOf(v.inspectionGrade()).belowGood();
            return new Visit(v, urgent, urgent ? "Inspection grade " + v.inspectionGrade() + " is below good" : v.children() + " of the LA's children placed");
        }).sorted((a, b) -> Boolean.compare(b.urgent(), a.urgent())).toList();
        return new ValueForMoneyReport(day, repository.summary(tenant, day), outliers, visits);
    }

    /** Runs the desk review and announces each outlier not announced before at its current cost. */
    @Transactional
    public ValueForMoneyReport flag(String tenant, LocalDate asOf, int minChildren) {
        ValueForMoneyReport r = report(tenant, asOf, minChildren);
        for (CostOutliers.Outlier o : r.outliers().outliers()) {
            CostOutliers.Costed c = o.placement();
            if (repository.markFlagged(tenant, c.placementId(), o.flag().name(), c.annualCost())) {
                outbox.publish(tenant, EventTypes.COST_ANOMALY_FLAGGED, c.placementId().toString(), "placement/" + c.placementId(),
                        new CostAnomalyFlagged(c.placementId(), c.ehcpRef(), c.providerId(), c.needType(), c.annualCost(), o.flag().name(),
                                o.fences().low(), o.fences().high(), o.fences().median()));
            }
        }
        return r;
    }

    /** Records a review's outcome; a renegotiated cost becomes the placement's annual cost. */
    @Transactional
    public Review review(String tenant, String userId, UUID placementId, ReviewOutcome outcome, String note,
                         BigDecimal newAnnualCost, LocalDate reviewedOn) {
        Placement p = placements.findInTenant(tenant, placementId)
                .orElseThrow(() -> new InvalidInput("placementId", "is not a placement of your LA"));
        if (outcome == ReviewOutcome.COST_RENEGOTIATED && newAnnualCost == null) {
            throw new InvalidInput("newAnnualCost", "is needed when the cost was renegotiated");
        }
        BigDecimal cost = newAnnualCost == null ? null : Money.toPenny(newAnnualCost);
        if (cost != null) {
            p.annualCost = cost;
            p.updatedAt = clock.instant();
        }
        UUID id = UUID.randomUUID();
        LocalDate day = reviewedOn == null ? LocalDate.now(clock) : reviewedOn;
        repository.insertReview(id, tenant, placementId, outcome.name(), note, cost, day, userId, clock.instant());
        return new Review(id, placementId, outcome.name(), note, cost, day, userId);
    }

    public Slice<Review> reviews(String tenant, UUID placementId, PageRequest page) {
        return new Slice<>(repository.reviews(tenant, placementId, page.offset(), page.size()), repository.countReviews(tenant, placementId));
    }
}
