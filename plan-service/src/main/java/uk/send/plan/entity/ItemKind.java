package uk.send.plan.entity;

/** The levels of a programme, as LAs' plans have them: phases group tasks; deliverables have actions and success criteria. */
public enum ItemKind {
    PHASE, TASK, DELIVERABLE, ACTION, CRITERION
}
