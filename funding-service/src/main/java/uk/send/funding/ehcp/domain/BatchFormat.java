package uk.send.funding.ehcp.domain;

/** How a batch upload is written: one JSON decision a line, or CSV with a header row naming the JSON properties (in any letter case or spacing; lists separated by ';', '|' or ','). */
public enum BatchFormat { NDJSON, CSV }
