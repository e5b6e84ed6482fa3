package uk.send.funding.ehcp.domain;

/** Where a batch is: its lines stored and waiting, being processed chunk by chunk, or every line judged. */
public enum BatchStatus { RECEIVED, PROCESSING, COMPLETED }
