package uk.send.platform.rest;

/**
 * Optimistic locking over HTTP: a resource's {@code ETag} is its row version; an update must send it
 * back in {@code If-Match}. Missing → 428, stale → 412.
 */
public final class ETags {

    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** Checks an If-Match header against the current version; throws the matching problem if it fails. */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ApiProblem.preconditionRequired("Send the ETag you last read in If-Match, so that concurrent edits are not lost");
        }
        String value = ifMatch.trim();
        if (value.equals("*")) {
            return;
        }
        for (String candidate : value.split(",")) {
            String tag = candidate.trim();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals(of(currentVersion))) {
                return;
            }
        }
        throw ApiProblem.preconditionFailed("The resource has changed since you read it (current ETag " + of(currentVersion) + ")");
    }
}
