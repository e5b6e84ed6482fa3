package uk.send.funding.ehcp.domain;

/** A batch upload past the intake's limits (bytes, lines or records): refused whole, nothing stored (answered 413 at the edge). */
public class UploadTooLarge extends RuntimeException {

    public UploadTooLarge(String what) {
        super("The upload has " + what + "; split it into several batches. Nothing was stored.");
    }
}
