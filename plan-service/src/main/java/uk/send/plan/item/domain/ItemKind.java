package uk.send.plan.item.domain;

/** The levels of a programme, as LAs' plans have them: phases group tasks; deliverables have actions and success criteria. */
public enum ItemKind {
    PHASE, TASK, DELIVERABLE, ACTION, CRITERION
}
