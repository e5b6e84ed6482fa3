package uk.send.funding.forum.domain;

/** How a service whose top-slice failed is offered instead: bought per school (traded) or pooled by schools that join (insurance). */
public enum TradedModel { TRADED, INSURANCE }
