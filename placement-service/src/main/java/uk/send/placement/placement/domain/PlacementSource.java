package uk.send.placement.placement.domain;

/** Where a placement came from: derived from the EHCP's decisions, or entered by an officer. */
public enum PlacementSource { DECISION, OFFICER }
