package uk.send.platform.events;

/**
 * Every CloudEvent type the platform publishes. The contract of each (topic, key, payload, producer,
 * consumers) is documented in docs/EVENTS.md; a breaking change to a payload gets a new {@code .vN}.
 */
public final class EventTypes {
    public static final String PREFIX = "uk.send.";

    // plan-service, topic plan.events, key = programme id or task id
    public static final String PROGRAMME_CREATED = "uk.send.plan.programme.created.v1";
    public static final String TASK_CREATED = "uk.send.plan.task.created.v1";
    public static final String TASK_STATUS_CHANGED = "uk.send.plan.task.status-changed.v1";
    public static final String DEADLINE_APPROACHING = "uk.send.plan.deadline.approaching.v1";
    public static final String DEADLINE_MISSED = "uk.send.plan.deadline.missed.v1";
    public static final String DEADLINE_MET = "uk.send.plan.deadline.met.v1";
    public static final String DEADLINE_CHANGED = "uk.send.plan.deadline.changed.v1";
    /** Items other than tasks (phases, deliverables, actions, success criteria); tasks keep the task.* types. */
    public static final String ITEM_CREATED = "uk.send.plan.item.created.v1";
    public static final String ITEM_STATUS_CHANGED = "uk.send.plan.item.status-changed.v1";
    // key = the criterion's item id
    public static final String KPI_MEASURED = "uk.send.plan.kpi.measured.v1";
    // key = duty id
    public static final String DUTY_STATUS_CHANGED = "uk.send.plan.duty.status-changed.v1";
    // plan-service EHCP statutory clocks, key = the EHCP reference; payload {@link EhcpClockEvent}
    public static final String EHCP_CLOCK_STARTED = "uk.send.plan.ehcp.clock.started.v1";
    public static final String EHCP_CLOCK_AT_RISK = "uk.send.plan.ehcp.clock.at-risk.v1";
    public static final String EHCP_CLOCK_BREACHED = "uk.send.plan.ehcp.clock.breached.v1";
    public static final String EHCP_CLOCK_MET = "uk.send.plan.ehcp.clock.met.v1";

    // funding-service, topic funding.events, key = setting id
    public static final String SETTING_REGISTERED = "uk.send.funding.setting.registered.v1";
    public static final String SETTING_UPDATED = "uk.send.funding.setting.updated.v1";
    // funding-service, topic funding.events, key = the EHCP reference (one child's decisions stay in order)
    /** Payload {@link EhcpDecisionRecorded}: one EHCP decision accepted by the intake. */
    public static final String EHCP_DECISION_RECORDED = "uk.send.funding.ehcp.decision-recorded.v1";

    // funding-service banding, top-up and payments, topic funding.events (issue 10)
    /** Payload {@link BandAgreed}, key = EHCP reference: an EHCP's first agreed band. */
    public static final String BAND_AGREED = "uk.send.funding.band.agreed.v1";
    /** Payload {@link BandAgreed}, key = EHCP reference: a different band agreed from a date (panel or upheld appeal). */
    public static final String BAND_CHANGED = "uk.send.funding.band.changed.v1";
    /** Payload {@link BandingSchemeEvent}, key = scheme id. */
    public static final String BANDING_SCHEME_APPROVED = "uk.send.funding.banding-scheme.approved.v1";
    /** Payload {@link BandingSchemeEvent}, key = the new draft scheme's id: next year's bands derived by an uplift. */
    public static final String BANDS_UPLIFTED = "uk.send.funding.banding-scheme.uplifted.v1";
    /** Payload {@link PaymentScheduleChanged}, key = setting URN. */
    public static final String PAYMENT_SCHEDULE_CHANGED = "uk.send.funding.payment-schedule.changed.v1";
    /** Payload {@link BandAppealEvent}, key = EHCP reference. */
    public static final String BAND_APPEAL_LODGED = "uk.send.funding.band-appeal.lodged.v1";
    public static final String BAND_APPEAL_DECIDED = "uk.send.funding.band-appeal.decided.v1";
    /** A lodged appeal's hear-by date is near or past (deadline event). */
    public static final String BAND_APPEAL_DUE = "uk.send.funding.band-appeal.due.v1";

    // funding-service modelling (issue 12), topic funding.events, key = setting URN
    /** Payload {@link BandingScenarioEvent}: a granted banding scenario leaves a setting with less top-up than now. */
    public static final String SETTING_ADVERSELY_AFFECTED = "uk.send.funding.banding-scenario.setting-adversely-affected.v1";
    /** Payload {@link ProtectionGranted}: a setting's protection (and gains cap) under a granted scenario, for two years. */
    public static final String PROTECTION_GRANTED = "uk.send.funding.banding-scenario.protection-granted.v1";

    // funding-service top-slice and block transfer (issue 12), topic funding.events, key = top-slice id / block transfer id
    /** Payload {@link TopSliceDecided}: the schools forum's vote on a top-slice carried or failed. */
    public static final String TOP_SLICE_DECIDED = "uk.send.funding.top-slice.decided.v1";
    /** Payload {@link TopSliceSwitchedToTraded}: a failed top-slice offered as a traded or insurance service. */
    public static final String TOP_SLICE_SWITCHED_TO_TRADED = "uk.send.funding.top-slice.switched-to-traded.v1";
    /** Payload {@link BlockTransferAgreed}: a schools block to high needs block transfer agreed for one year. */
    public static final String BLOCK_TRANSFER_AGREED = "uk.send.funding.block-transfer.agreed.v1";

    // funding-service cluster delegation and exceptional top-ups (issue 12, track H4), topic funding.events
    /** Payload {@link ClusterFormulaAdopted}, key = formula id. */
    public static final String CLUSTER_FORMULA_ADOPTED = "uk.send.funding.cluster-formula.adopted.v1";
    /** Payload {@link ExceptionalTopUpApplied}, key = application id. */
    public static final String EXCEPTIONAL_TOP_UP_APPLIED = "uk.send.funding.exceptional-top-up.applied.v1";
    /** Payload {@link ExceptionalTopUpDecided}, key = application id. */
    public static final String EXCEPTIONAL_TOP_UP_DECIDED = "uk.send.funding.exceptional-top-up.decided.v1";
    /** Payload {@link ExceptionalSpendMonthly}, key = LA code: the month's approved non-EHCP top-up spend, for a KPI. */
    public static final String EXCEPTIONAL_SPEND_MONTHLY = "uk.send.funding.exceptional-spend.month-totalled.v1";

    // funding-service neighbour benchmarks (issue 12), topic funding.events, key = LA code
    /** Payload {@link BenchmarkSharingChanged}: an LA opted in to or out of sharing its benchmark aggregates. */
    public static final String BENCHMARK_SHARING_CHANGED = "uk.send.funding.benchmark-sharing.changed.v1";

    // placement-service, topic placement.events, key = provider id
    public static final String PROVIDER_REGISTERED = "uk.send.placement.provider.registered.v1";
    public static final String PROVIDER_UPDATED = "uk.send.placement.provider.updated.v1";
    // placement-service, topic placement.events, key = the EHCP reference (else the placement id)
    public static final String PLACEMENT_STARTED = "uk.send.placement.placement.started.v1";
    public static final String PLACEMENT_ENDED = "uk.send.placement.placement.ended.v1";
    // placement-service, topic placement.events, key = provider id
    public static final String PLACES_COMMISSIONED = "uk.send.placement.places.commissioned.v1";
    public static final String OCCUPANCY_BAND_BREACHED = "uk.send.placement.occupancy.band-breached.v1";
    // placement-service, topic placement.events, key = the LA code (one LA's monthly counts stay in order)
    public static final String PLACEMENT_COUNTS_PUBLISHED = "uk.send.placement.counts.published.v1";
    // placement-service, topic placement.events, key = the deadline's key (place change request year, milestone id)
    public static final String PLACEMENT_DEADLINE_APPROACHING = "uk.send.placement.deadline.approaching.v1";
    // placement-service, topic placement.events, key = forecast id
    public static final String SUFFICIENCY_GAP_FORECAST = "uk.send.placement.sufficiency.gap-forecast.v1";
    // placement-service, topic placement.events, key = placement id
    public static final String COST_ANOMALY_FLAGGED = "uk.send.placement.cost.anomaly-flagged.v1";
    // placement-service, topic placement.events, key = capital project id
    public static final String CAPITAL_PLACES_DELIVERED = "uk.send.placement.capital.places-delivered.v1";

    private EventTypes() {
    }
}
