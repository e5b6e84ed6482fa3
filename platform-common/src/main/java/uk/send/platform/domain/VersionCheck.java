package uk.send.platform.domain;

/**
 * Optimistic locking as a service sees it: the caller's check of the version it read against the current one
 * (the resource edge checks the request's {@code If-Match}); it throws when they differ, so the update changes nothing.
 */
@FunctionalInterface
public interface VersionCheck {

    void require(long currentVersion);
}
