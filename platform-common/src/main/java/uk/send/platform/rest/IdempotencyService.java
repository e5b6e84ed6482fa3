package uk.send.platform.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@code Idempotency-Key} for POSTs from partner systems. The key is recorded in the same transaction as
 * the change it guards, so a retried request either finds the first response (same key, same body:
 * replayed) or runs for the first time; a concurrent duplicate waits on the key's row and then replays.
 * The same key with a different body is refused with 422.
 */
@ApplicationScoped
public class IdempotencyService {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    private final EntityManager em;
    private final ObjectMapper mapper;

    public IdempotencyService(EntityManager em, ObjectMapper mapper) {
        this.em = em;
        this.mapper = mapper;
    }

    @Transactional
    public Response execute(String tenant, String key, String operation, Object request, Supplier<Response> action) {
        if (key == null) {
            return action.get();
        }
        if (key.isBlank() || key.length() > 200) {
            throw ApiProblem.badRequest(HEADER, "must be 1 to 200 characters");
        }
        String hash = hash(operation, request);
        int inserted = em.createNativeQuery("insert into idempotency_record (tenant, idem_key, request_hash, created_at) "
                        + "values (:t, :k, :h, :now) on conflict do nothing")
                .setParameter("t", tenant).setParameter("k", key).setParameter("h", hash)
                .setParameter("now", Timestamp.from(Instant.now()))
                .executeUpdate();
        if (inserted == 0) {
            return replay(tenant, key, hash);
        }
        Response response = action.get();
        if (response.getStatus() < 500) {
            em.createNativeQuery("update idempotency_record set status = :s, body = :b, location = :l, etag = :e "
                            + "where tenant = :t and idem_key = :k")
                    .setParameter("s", response.getStatus())
                    .setParameter("b", body(response))
                    .setParameter("l", response.getLocation() == null ? null : response.getLocation().toString())
                    .setParameter("e", response.getHeaderString(HttpHeaders.ETAG))
                    .setParameter("t", tenant).setParameter("k", key)
                    .executeUpdate();
        }
        return response;
    }

    private Response replay(String tenant, String key, String hash) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select request_hash, status, body, location, etag from idempotency_record "
                        + "where tenant = :t and idem_key = :k")
                .setParameter("t", tenant).setParameter("k", key)
                .getResultList();
        Object[] row = rows.get(0);
        if (!hash.equals(row[0])) {
            throw ApiProblem.unprocessable("idempotency-key-reused", "Idempotency-Key reused",
                    "This Idempotency-Key was already used with a different request; use a new key for a new request");
        }
        if (row[1] == null) {
            throw ApiProblem.conflict("A request with this Idempotency-Key is still being processed; retry shortly");
        }
        Response.ResponseBuilder builder = Response.status(((Number) row[1]).intValue()).header(REPLAYED_HEADER, "true");
        if (row[2] != null) {
            builder.entity(row[2]).type(MediaType.APPLICATION_JSON_TYPE);
        }
        if (row[3] != null) {
            builder.location(URI.create((String) row[3]));
        }
        if (row[4] != null) {
            builder.header(HttpHeaders.ETAG, row[4]);
        }
        return builder.build();
    }

    private String body(Response response) {
        if (!response.hasEntity()) {
            return null;
        }
        try {
            return mapper.writeValueAsString(response.getEntity());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Response cannot be stored for Idempotency-Key replay", e);
        }
    }

    private String hash(String operation, Object request) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(operation.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(mapper.writeValueAsBytes(request));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException("Cannot fingerprint request", e);
        }
    }
}
