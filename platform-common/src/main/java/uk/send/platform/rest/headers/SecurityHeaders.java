package uk.send.platform.rest.headers;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Headers every API response carries: {@code X-Content-Type-Options: nosniff}, so that a browser never reads a
 * JSON or CSV body as HTML or script, and {@code Cache-Control: no-store}, so that one LA's data is never kept by
 * a shared cache or a browser's disk. An endpoint that means to be cached (a public calendar feed) sets its own
 * Cache-Control, which is left as it is.
 */
public class SecurityHeaders {

    @ServerResponseFilter
    public void addTo(ContainerResponseContext response) {
        MultivaluedMap<String, Object> headers = response.getHeaders();
        headers.putSingle("X-Content-Type-Options", "nosniff");
        if (!headers.containsKey(HttpHeaders.CACHE_CONTROL)) {
            headers.putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
        }
    }
}
