package uk.send.funding.payments.domain;

/**
 * What a payment line pays for: element 3 top-up for one EHCP, place funding for commissioned places, or
 * protection granted under a banding change (a minimum income guarantee payment, or a negative gains-cap line;
 * written by the modelling feature, never recomputed by the top-up or place funding recomputations).
 */
public enum Element { TOP_UP, PLACE_FUNDING, PROTECTION }
