package uk.send.plan.imports.domain;

/**
 * A file or text that cannot be imported at all: the whole import is refused and nothing is written. The
 * {@link Reason} says which kind of refusal it is, so that the API can answer with the right 4xx status.
 */
public class UnreadableDocument extends RuntimeException {

    /** Why a document was refused. */
    public enum Reason {
        /** Not a .docx, .xlsx, .pdf or text file. */
        UNSUPPORTED_TYPE,
        /** Larger than the upload limit, or more rows, cells or pages than one import reads. */
        TOO_LARGE,
        /** Damaged, truncated or not what its type says. */
        CORRUPT,
        /** Protected by a password: the service cannot open it. */
        ENCRYPTED,
        /** Readable, but in none of the plan layouts the importer knows. */
        NOT_A_PLAN
    }

    private final Reason reason;

    public UnreadableDocument(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public UnreadableDocument(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
