package uk.send.platform.consumer;

/** An event that can never be processed (unreadable, incomplete); it goes to the dead-letter topic with this reason. */
public class PoisonEventException extends RuntimeException {
    public PoisonEventException(String reason) {
        super(reason);
    }

    public PoisonEventException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
