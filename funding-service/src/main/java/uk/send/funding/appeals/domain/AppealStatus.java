package uk.send.funding.appeals.domain;

/** A band appeal is lodged, then heard by the SEN panel: upheld (a new band, backdated) or dismissed (with a reason). */
public enum AppealStatus { LODGED, UPHELD, DISMISSED }
