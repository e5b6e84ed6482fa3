package uk.send.platform.events;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The event contract in one list: every CloudEvent type the platform publishes, the topic it travels on,
 * what its record key is, and the named record its {@code data} is written from. The AsyncAPI document and
 * the JSON Schema of each payload (docs/api/asyncapi.yaml, docs/api/events/) are generated from this list,
 * and the tests validate every event they see on a topic against it.
 *
 * <p><b>Adding an event type is one step here</b>: add its constant to {@link EventTypes}, a named payload
 * record to this package, and one {@link #entry} line below; then regenerate the documents (see
 * docs/EVENTS.md). A type missing here fails the contract test and every test that reads the topic.
 */
public final class EventCatalogue {

    /**
     * One event type's contract.
     *
     * @param type    the CloudEvents {@code type}, from {@link EventTypes}
     * @param topic   the topic it is published on, from {@link Topics}
     * @param key     what the Kafka record key (and CloudEvents {@code subject} suffix) is
     * @param payload the named record its {@code data} is written from
     * @param summary one line saying when it is published
     */
    public record Entry(String type, String topic, String key, Class<? extends Record> payload, String summary) {
    }

    private static final List<Entry> ENTRIES = List.of(
            entry(EventTypes.PROGRAMME_CREATED, Topics.PLAN, "programme id", ProgrammeCreated.class,
                    "A programme was created."),
            entry(EventTypes.TASK_CREATED, Topics.PLAN, "task id", TaskCreated.class,
                    "A task was added to a programme (by the API or an import)."),
            entry(EventTypes.TASK_STATUS_CHANGED, Topics.PLAN, "task id", TaskStatusChanged.class,
                    "A task's status changed."),
            entry(EventTypes.DEADLINE_APPROACHING, Topics.PLAN, "item id", DeadlineEvent.class,
                    "An open item's deadline reached one of its reminder lead times (leadTimeDays)."),
            entry(EventTypes.DEADLINE_MISSED, Topics.PLAN, "item id", DeadlineEvent.class,
                    "An open item's deadline passed unmet (daysOverdue); once per item and due date."),
            entry(EventTypes.DEADLINE_MET, Topics.PLAN, "item id", DeadlineEvent.class,
                    "An item's deadline was met (a recurring deadline then rolls forward)."),
            entry(EventTypes.DEADLINE_CHANGED, Topics.PLAN, "item id", DeadlineEvent.class,
                    "An item's next deadline moved (dueDate is the new one)."),
            entry(EventTypes.ITEM_CREATED, Topics.PLAN, "item id", ItemCreated.class,
                    "A phase, deliverable, action or success criterion was created (by the API or an import)."),
            entry(EventTypes.ITEM_STATUS_CHANGED, Topics.PLAN, "item id", TaskStatusChanged.class,
                    "An item's (not a task's) status changed; taskId is the item's id."),
            entry(EventTypes.KPI_MEASURED, Topics.PLAN, "criterion item id", KpiMeasured.class,
                    "A new measurement of a success criterion's measure."),
            entry(EventTypes.DUTY_STATUS_CHANGED, Topics.PLAN, "duty id", DutyStatusChanged.class,
                    "A statutory duty's status changed (not for evidence alone)."),
            entry(EventTypes.SETTING_REGISTERED, Topics.FUNDING, "setting id", SettingEvent.class,
                    "A setting was added to the LA's register."),
            entry(EventTypes.SETTING_UPDATED, Topics.FUNDING, "setting id", SettingEvent.class,
                    "A setting changed (the payload is its new state)."),
            entry(EventTypes.EHCP_DECISION_RECORDED, Topics.FUNDING, "EHCP reference", EhcpDecisionRecorded.class,
                    "The intake accepted one decision about one EHC plan from the LA's case management system."),
            entry(EventTypes.BAND_AGREED, Topics.FUNDING, "EHCP reference", BandAgreed.class,
                    "The SEN panel agreed an EHCP's first band."),
            entry(EventTypes.BAND_CHANGED, Topics.FUNDING, "EHCP reference", BandAgreed.class,
                    "The SEN panel agreed a different band for an EHCP (annual review, appeal upheld)."),
            entry(EventTypes.BANDING_SCHEME_APPROVED, Topics.FUNDING, "banding scheme id", BandingSchemeEvent.class,
                    "A banding scheme version was approved (by whom, when, schools forum minute)."),
            entry(EventTypes.BANDS_UPLIFTED, Topics.FUNDING, "banding scheme id", BandingSchemeEvent.class,
                    "Next year's draft scheme was made from this year's by an uplift."),
            entry(EventTypes.PAYMENT_SCHEDULE_CHANGED, Topics.FUNDING, "setting URN", PaymentScheduleChanged.class,
                    "A setting's payment schedule for a financial year changed (new lines or adjustments)."),
            entry(EventTypes.BAND_APPEAL_LODGED, Topics.FUNDING, "EHCP reference", BandAppealEvent.class,
                    "A school or officer appealed an agreed band to the SEN panel."),
            entry(EventTypes.BAND_APPEAL_DECIDED, Topics.FUNDING, "EHCP reference", BandAppealEvent.class,
                    "The SEN panel upheld or dismissed a band appeal."),
            entry(EventTypes.BAND_APPEAL_DUE, Topics.FUNDING, "EHCP reference", BandAppealEvent.class,
                    "A band appeal is due to be heard within 7 days."),
            entry(EventTypes.SETTING_ADVERSELY_AFFECTED, Topics.FUNDING, "setting URN", BandingScenarioEvent.class,
                    "A banding scenario was granted under which the setting's annual top-up income falls."),
            entry(EventTypes.PROTECTION_GRANTED, Topics.FUNDING, "setting URN", ProtectionGranted.class,
                    "Protection (minimum income guarantee, gains cap) was granted to a setting for two years and written to its schedule."),
            entry(EventTypes.TOP_SLICE_DECIDED, Topics.FUNDING, "top-slice id", TopSliceDecided.class,
                    "The schools forum voted on a top-slice of mainstream schools' budgets: carried or failed under the LA's rule."),
            entry(EventTypes.TOP_SLICE_SWITCHED_TO_TRADED, Topics.FUNDING, "top-slice id", TopSliceSwitchedToTraded.class,
                    "A top-slice that failed at the forum was switched to a traded or insurance model with a price per school."),
            entry(EventTypes.BLOCK_TRANSFER_AGREED, Topics.FUNDING, "block transfer id", BlockTransferAgreed.class,
                    "A transfer from the schools block to the high needs block was agreed for one financial year."),
            entry(EventTypes.CLUSTER_FORMULA_ADOPTED, Topics.FUNDING, "cluster formula id", ClusterFormulaAdopted.class,
                    "The LA adopted a formula delegating SEN funding to school clusters; the allocations are frozen."),
            entry(EventTypes.EXCEPTIONAL_TOP_UP_APPLIED, Topics.FUNDING, "application id", ExceptionalTopUpApplied.class,
                    "A school applied for an exceptional top-up for a pupil without an EHCP."),
            entry(EventTypes.EXCEPTIONAL_TOP_UP_DECIDED, Topics.FUNDING, "application id", ExceptionalTopUpDecided.class,
                    "The panel approved or refused an exceptional top-up; where the year's budget stands after it."),
            entry(EventTypes.EXCEPTIONAL_SPEND_MONTHLY, Topics.FUNDING, "LA code", ExceptionalSpendMonthly.class,
                    "The month's total of approved exceptional (non-EHCP) top-ups, once per LA and month, for a programme KPI."),
            entry(EventTypes.BENCHMARK_SHARING_CHANGED, Topics.FUNDING, "LA code", BenchmarkSharingChanged.class,
                    "An LA opted in to (for one year) or out of sharing its neighbour benchmark aggregates with the other LAs."),
            entry(EventTypes.PROVIDER_REGISTERED, Topics.PLACEMENT, "provider id", ProviderEvent.class,
                    "A provider of specialist places was registered."),
            entry(EventTypes.PROVIDER_UPDATED, Topics.PLACEMENT, "provider id", ProviderEvent.class,
                    "A provider changed (the payload is its new state)."),
            entry(EventTypes.PLACEMENT_STARTED, Topics.PLACEMENT, "EHCP reference (else placement id)", PlacementEvent.class,
                    "A child's placement at a provider started (from an EHCP decision or entered by an officer)."),
            entry(EventTypes.PLACEMENT_ENDED, Topics.PLACEMENT, "EHCP reference (else placement id)", PlacementEvent.class,
                    "A child's placement ended (cease, move, or entered by an officer)."),
            entry(EventTypes.PLACES_COMMISSIONED, Topics.PLACEMENT, "provider id", PlacesCommissioned.class,
                    "Places commissioned at a provider for an academic year and need type were set."),
            entry(EventTypes.OCCUPANCY_BAND_BREACHED, Topics.PLACEMENT, "provider id", OccupancyBandBreached.class,
                    "A provider's vacancy for a need type left the LA's vacancy band."),
            entry(EventTypes.PLACEMENT_COUNTS_PUBLISHED, Topics.PLACEMENT, "LA code", PlacementCounts.class,
                    "The month's counts of placements, independent and out-of-area placements and spend, for KPIs."),
            entry(EventTypes.PLACEMENT_DEADLINE_APPROACHING, Topics.PLACEMENT, "deadline key", PlacementDeadline.class,
                    "A place change request or capital milestone deadline reached a reminder lead time."),
            entry(EventTypes.SUFFICIENCY_GAP_FORECAST, Topics.PLACEMENT, "forecast id", SufficiencyGapForecast.class,
                    "A forecast found demand above commissioned places for a need type and setting group."),
            entry(EventTypes.COST_ANOMALY_FLAGGED, Topics.PLACEMENT, "placement id", CostAnomalyFlagged.class,
                    "An independent placement's cost lies outside the interquartile fences of its need type."),
            entry(EventTypes.CAPITAL_PLACES_DELIVERED, Topics.PLACEMENT, "capital project id", CapitalPlacesDelivered.class,
                    "A capital project delivered its places into the ledger."),
            entry(EventTypes.EHCP_CLOCK_STARTED, Topics.PLAN, "EHCP reference", EhcpClockEvent.class,
                    "A statutory clock of an EHCP started (its rule, regulation and due date)."),
            entry(EventTypes.EHCP_CLOCK_AT_RISK, Topics.PLAN, "EHCP reference", EhcpClockEvent.class,
                    "An open statutory clock reached a reminder lead time before its due date."),
            entry(EventTypes.EHCP_CLOCK_BREACHED, Topics.PLAN, "EHCP reference", EhcpClockEvent.class,
                    "A statutory clock passed its due date with the step not done."),
            entry(EventTypes.EHCP_CLOCK_MET, Topics.PLAN, "EHCP reference", EhcpClockEvent.class,
                    "The step a statutory clock waited for was done in time."));

    private static final Map<String, Entry> BY_TYPE = index();

    private EventCatalogue() {
    }

    private static Entry entry(String type, String topic, String key, Class<? extends Record> payload, String summary) {
        return new Entry(type, topic, key, payload, summary);
    }

    /** Every event type, in the order of docs/EVENTS.md. */
    public static List<Entry> all() {
        return ENTRIES;
    }

    /** The contract of one type; empty for a type the platform does not publish. */
    public static Optional<Entry> of(String type) {
        return Optional.ofNullable(BY_TYPE.get(type));
    }

    private static Map<String, Entry> index() {
        Map<String, Entry> byType = new LinkedHashMap<>();
        for (Entry e : ENTRIES) {
            if (byType.put(e.type(), e) != null) {
                throw new IllegalStateException("Event type listed twice in the catalogue: " + e.type());
            }
        }
        return Map.copyOf(byType);
    }
}
