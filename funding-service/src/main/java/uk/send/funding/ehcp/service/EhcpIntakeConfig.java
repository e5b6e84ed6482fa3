package uk.send.funding.ehcp.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits and pace of the EHCP intake: single POSTs and batch uploads ({@code send.ehcp.*}). */
@ConfigMapping(prefix = "send.ehcp")
public interface EhcpIntakeConfig {

    /** Batch uploads. */
    BatchConfig batch();

    /**
     * Most POSTed decisions (without an {@code Idempotency-Key}) written in one transaction when they arrive while another
     * transaction of them is being written (group commit); 1 writes each POST in a transaction of its own.
     */
    @WithDefault("64")
    int postGroupMax();

    interface BatchConfig {
        /** Largest upload accepted, in bytes; a larger one is refused with 413 and nothing is kept. */
        @WithDefault("268435456")
        long maxBytes();

        /** Most lines (CSV records) in one upload. */
        @WithDefault("1000000")
        int maxLines();

        /** Longest line (an NDJSON line, a CSV record), in characters; a longer NDJSON line is refused on its own. */
        @WithDefault("16384")
        int maxLineChars();

        /** Lines judged and written per transaction. */
        @WithDefault("1000")
        int chunkSize();

        /** Whether this instance processes batches (every replica may; a batch row lock keeps each chunk to one). */
        @WithDefault("true")
        boolean workerEnabled();
    }
}
