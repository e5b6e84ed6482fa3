package uk.send.platform.events;

/** The CloudEvents {@code source} of each producing service. */
public final class EventSource {
    public static String of(String serviceName) {
        return "/send-platform/" + serviceName;
    }

    private EventSource() {
    }
}
