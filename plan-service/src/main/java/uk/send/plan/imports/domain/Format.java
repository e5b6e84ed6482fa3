package uk.send.plan.imports.domain;

/**
 * The layouts of action plan that {@link ActionPlanParser} recognises. Each comes from a real kind of
 * local authority document, so each has its own rules for what a row means.
 */
public enum Format {
    /** A recovery plan: "Task N: title" lines, each opening a five-column table, plus a key of lead officers. */
    RECOVERY_PLAN_TABLE,
    /** A phased work programme: Phase · "(a) item" · planning timescale · implementation date. */
    WORK_PROGRAMME_PHASES,
    /** A list of "timeframe action" entries, as a two-part table or as dated bullets in prose. */
    DATED_ACTION_LIST,
    /** A tracker (Excel): a header row naming Task, Deliverable, Action, Success criteria, Deadline, Lead columns, one row per item. */
    TRACKER
}
