package uk.send.notification.subscription.domain;

import java.util.Arrays;

/**
 * Matches event types against a subscription's list: exact types, families ending in {@code *}
 * ({@code uk.send.plan.deadline.*}) or {@code *}. Pure, no framework.
 */
public final class EventTypePattern {

    private EventTypePattern() {
    }

    public static boolean matches(String patterns, String type) {
        return Arrays.stream(patterns.split(",")).map(String::trim).filter(p -> !p.isEmpty()).anyMatch(p -> matchesOne(p, type));
    }

    private static boolean matchesOne(String pattern, String type) {
        if (pattern.equals("*")) {
            return true;
        }
        if (pattern.endsWith("*")) {
            return type.startsWith(pattern.substring(0, pattern.length() - 1));
        }
        return pattern.equals(type);
    }

    /** A pattern list is valid when every entry is {@code *}, or a uk.send. type or family. */
    public static boolean isValid(String patterns) {
        String[] parts = patterns.split(",");
        return parts.length > 0 && Arrays.stream(parts).map(String::trim)
                .allMatch(p -> p.equals("*") || (p.startsWith("uk.send.") && p.matches("[a-z0-9.\\-]+\\*?")));
    }
}
