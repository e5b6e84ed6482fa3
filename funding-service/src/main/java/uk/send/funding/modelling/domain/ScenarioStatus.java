package uk.send.funding.modelling.domain;

/** A scenario is modelled (and may be edited by a new scenario) until its protection is granted, once. */
public enum ScenarioStatus { DRAFT, GRANTED }
