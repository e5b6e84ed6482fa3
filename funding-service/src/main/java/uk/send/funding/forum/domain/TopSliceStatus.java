package uk.send.funding.forum.domain;

/** PROPOSED until the forum votes; CARRIED or FAILED by its vote; TRADED when a failed one is offered as a traded (or insurance) service. */
public enum TopSliceStatus { PROPOSED, CARRIED, FAILED, TRADED }
