package uk.send.platform.events;

/** One topic per producing service; records are keyed by the aggregate's id. */
public final class Topics {
    public static final String PLAN = "plan.events";
    public static final String FUNDING = "funding.events";
    public static final String PLACEMENT = "placement.events";

    private Topics() {
    }
}
