package uk.send.funding.ehcp.domain;

/** How a batch upload is written: one JSON decision a line, or CSV with a header row of the JSON property names (lists separated by ';'). */
public enum BatchFormat { NDJSON, CSV }
