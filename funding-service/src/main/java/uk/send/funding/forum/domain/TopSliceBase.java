package uk.send.funding.forum.domain;

/** What a top-slice is shared out by: each school's budget share, or its pupil numbers, for the financial year. */
public enum TopSliceBase { BUDGET_SHARE, PUPIL_NUMBERS }
