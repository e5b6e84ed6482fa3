package uk.send.funding.banding.domain;

/** A scheme is a draft until the schools forum's approval is recorded; an approved scheme is never edited. */
public enum SchemeStatus { DRAFT, APPROVED }
