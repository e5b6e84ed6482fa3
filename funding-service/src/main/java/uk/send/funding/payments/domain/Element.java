package uk.send.funding.payments.domain;

/** What a payment line pays for: element 3 top-up for one EHCP, or place funding for commissioned places. */
public enum Element { TOP_UP, PLACE_FUNDING }
