package uk.send.placement.valueformoney.domain;

/** What a value-for-money review of a placement led to. */
public enum ReviewOutcome { COST_RENEGOTIATED, PLACEMENT_CHANGED, NO_ACTION }
