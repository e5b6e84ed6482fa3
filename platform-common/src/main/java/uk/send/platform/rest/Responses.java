package uk.send.platform.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * The answers every resource gives the same way: a created resource at the request's path plus its id (with
 * its version as ETag when it has one), and a versioned resource read or changed with its ETag, so that
 * Location and ETag are built in one place (and an idempotent replay stores exactly these headers).
 */
public final class Responses {

    private Responses() {
    }

    /** 201 Created: Location is the request's path plus {@code id}; no ETag (the resource is not updated in place). */
    public static Response created(UriInfo uri, Object id, Object body) {
        return Response.created(uri.getAbsolutePathBuilder().path(id.toString()).build()).entity(body).build();
    }

    /** 201 Created: Location is the request's path plus {@code id}, and ETag is the new resource's version. */
    public static Response created(UriInfo uri, Object id, long version, Object body) {
        return Response.created(uri.getAbsolutePathBuilder().path(id.toString()).build())
                .header(HttpHeaders.ETAG, ETags.of(version)).entity(body).build();
    }

    /** 200 OK with the body and its version as ETag: what an update must send back in If-Match. */
    public static Response tagged(Object body, long version) {
        return Response.ok(body).header(HttpHeaders.ETAG, ETags.of(version)).build();
    }
}
