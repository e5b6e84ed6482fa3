package uk.send.plan.programme.domain;

/** The kinds of plan an LA keeps. */
public enum ProgrammeKind {
    STRATEGY, RECOVERY_PLAN, WORK_PROGRAMME, WRITTEN_STATEMENT_OF_ACTION
}
