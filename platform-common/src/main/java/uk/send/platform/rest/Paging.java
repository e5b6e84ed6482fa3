package uk.send.platform.rest;

import uk.send.platform.domain.PageRequest;
import uk.send.platform.domain.Slice;
import uk.send.platform.domain.VersionCheck;

import java.util.function.Function;

/** The edge between a service and HTTP for lists and updates: query paging to and from domain slices, If-Match to a version check. */
public final class Paging {

    private Paging() {
    }

    public static PageRequest request(PageParams params) {
        return new PageRequest(params.page, params.size);
    }

    public static <T, R> Page<R> page(Slice<T> slice, PageParams params, Function<T, R> view) {
        return Page.of(slice.items().stream().map(view).toList(), params, slice.totalItems());
    }

    /** The check an update makes of the row it locked: the request's If-Match must name its version (428 without, 412 if stale). */
    public static VersionCheck ifMatch(String ifMatch) {
        return current -> ETags.requireMatch(ifMatch, current);
    }
}
