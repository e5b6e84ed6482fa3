package uk.send.funding.ehcp.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.hibernate.Session;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import uk.send.funding.ehcp.domain.Batch;
import uk.send.funding.ehcp.domain.BatchFormat;
import uk.send.funding.ehcp.domain.BatchLine;
import uk.send.funding.ehcp.domain.BatchStatus;
import uk.send.funding.ehcp.domain.LineOutcome;
import uk.send.funding.ehcp.domain.Violation;

import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** All SQL of batch uploads ({@code ehcp_batch}, {@code ehcp_batch_line}). */
@ApplicationScoped
public class EhcpBatchRepository {

    private static final String BATCH_COLUMNS = "id, tenant, format, status, received_at, started_at, finished_at, total_lines, next_line, accepted, duplicates, refused";
    private static final TypeReference<List<Violation>> VIOLATIONS = new TypeReference<>() {
    };

    private final EntityManager em;
    private final ObjectMapper mapper;

    public EhcpBatchRepository(EntityManager em, ObjectMapper mapper) {
        this.em = em;
        this.mapper = mapper;
    }

    /** Receives the lines of an upload as the reader produces them. */
    public interface LineSink {
        /** One line: its content (JSON) to judge later, or its refusal already (content null). */
        void line(int lineNo, String content, List<Violation> refusedBecause);
    }

    /** What produces the lines: the upload reader, reading the request body as it arrives. */
    public interface LineSource {
        void readInto(LineSink sink);
    }

    /**
     * Stores the batch and its lines with PostgreSQL's COPY, streamed: the lines go to the database as they are
     * read, about 64 KB at a time, never all in memory. Returns the number of lines stored.
     */
    public int insert(UUID id, String tenant, BatchFormat format, String submittedBy, Instant receivedAt, LineSource source) {
        int[] count = {0};
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement ps = c.prepareStatement("insert into ehcp_batch (id, tenant, format, status, submitted_by, received_at, total_lines) "
                    + "values (?, ?, ?, ?, ?, ?, 0)")) {
                ps.setObject(1, id);
                ps.setString(2, tenant);
                ps.setString(3, format.name());
                ps.setString(4, BatchStatus.RECEIVED.name());
                ps.setString(5, submittedBy);
                ps.setTimestamp(6, Timestamp.from(receivedAt));
                ps.executeUpdate();
            }
            CopyIn copy = c.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("copy ehcp_batch_line (batch_id, line_no, content, outcome, errors) from stdin");
            StringBuilder buf = new StringBuilder(80_000);
            String batch = id.toString();
            try {
                source.readInto((lineNo, content, refused) -> {
                    buf.append(batch).append('\t').append(lineNo).append('\t');
                    if (content == null) {
                        buf.append("\\N\t").append(LineOutcome.REFUSED.name()).append('\t');
                        escape(buf, json(refused));
                    } else {
                        escape(buf, content);
                        buf.append("\t\\N\t\\N");
                    }
                    buf.append('\n');
                    count[0]++;
                    if (buf.length() >= 64_000) {
                        write(copy, buf);
                    }
                });
                write(copy, buf);
                copy.endCopy();
            } catch (RuntimeException | SQLException e) {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
                throw e;
            }
            try (PreparedStatement ps = c.prepareStatement("update ehcp_batch set total_lines = ? where id = ?")) {
                ps.setInt(1, count[0]);
                ps.setObject(2, id);
                ps.executeUpdate();
            }
        });
        return count[0];
    }

    private static void write(CopyIn copy, StringBuilder buf) {
        if (buf.length() == 0) {
            return;
        }
        byte[] bytes = buf.toString().getBytes(StandardCharsets.UTF_8);
        try {
            copy.writeToCopy(bytes, 0, bytes.length);
        } catch (SQLException e) {
            throw new IllegalStateException("Storing the upload failed: " + e.getMessage(), e);
        }
        buf.setLength(0);
    }

    /** COPY text format: backslash, tab, newline and carriage return escaped. */
    private static void escape(StringBuilder buf, String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '\\' -> buf.append("\\\\");
                case '\t' -> buf.append("\\t");
                case '\n' -> buf.append("\\n");
                case '\r' -> buf.append("\\r");
                default -> buf.append(ch);
            }
        }
    }

    public Optional<Batch> find(String tenant, UUID id) {
        return first(em.createNativeQuery("select " + BATCH_COLUMNS + " from ehcp_batch where id = :id and tenant = :t")
                .setParameter("id", id).setParameter("t", tenant));
    }

    /** The oldest batch not yet completed, if any (not locked: {@link #lock} decides who works on it). */
    public Optional<UUID> oldestOpen() {
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery("select id from ehcp_batch where status <> 'COMPLETED' order by received_at, id limit 1").getResultList();
        return ids.stream().findFirst();
    }

    /** Locks an open batch for this transaction; empty when it is done or another replica is working on it. */
    public Optional<Batch> lock(UUID id) {
        return first(em.createNativeQuery("select " + BATCH_COLUMNS + " from ehcp_batch where id = :id and status <> 'COMPLETED' for update skip locked")
                .setParameter("id", id));
    }

    /** A line waiting to be judged: its content, or null when it was refused on arrival. */
    public record PendingLine(int lineNo, String content, LineOutcome outcome) {
    }

    /**
     * The stored lines of a batch from line {@code fromLine} on, at most {@code limit} of them, in line order.
     *
     * <p>Read as a range of line numbers, never as "every line from here, sorted, the first {@code limit}": just after an
     * upload the table's statistics still describe it before the upload's COPY, and with them PostgreSQL read and sorted
     * every remaining line of the batch to return the first 2,000 (a 200,000-line batch read its lines 100 times over:
     * quadratic, 4 s of its database time). Line numbers are those of the upload and may skip (a blank line counts), so
     * a range can hold fewer lines than {@code limit}, or none while more follow: then it starts again at the next line.
     */
    public List<PendingLine> linesFrom(UUID batchId, int fromLine, int limit) {
        List<PendingLine> lines = linesBetween(batchId, fromLine, limit);
        if (lines.isEmpty()) {
            Number next = (Number) em.createNativeQuery("select min(line_no) from ehcp_batch_line where batch_id = :b and line_no >= :from")
                    .setParameter("b", batchId).setParameter("from", fromLine).getSingleResult();
            if (next != null) {
                lines = linesBetween(batchId, next.intValue(), limit);
            }
        }
        return lines;
    }

    private List<PendingLine> linesBetween(UUID batchId, int fromLine, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select line_no, content, outcome from ehcp_batch_line where batch_id = :b "
                        + "and line_no >= :from and line_no < :to order by line_no")
                .setParameter("b", batchId).setParameter("from", fromLine).setParameter("to", (int) Math.min(Integer.MAX_VALUE, (long) fromLine + limit))
                .getResultList();
        List<PendingLine> out = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            out.add(new PendingLine(((Number) r[0]).intValue(), (String) r[1], r[2] == null ? null : LineOutcome.valueOf((String) r[2])));
        }
        return out;
    }

    /**
     * Records the lines' outcomes and forgets their content, in one statement. The statement names the range of line
     * numbers it writes, so that whatever the statistics say the join reads only those lines, not every line of the batch
     * (a hash join over all 200,000 lines of a batch, for each chunk of 2,000, before this range: see {@link #linesFrom}).
     */
    public void saveOutcomes(UUID batchId, List<BatchLine> lines) {
        int n = lines.size();
        if (n == 0) {
            return;
        }
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        Integer[] nos = new Integer[n];
        String[] outcomes = new String[n];
        String[] sources = new String[n];
        UUID[] decisions = new UUID[n];
        String[] errors = new String[n];
        for (int i = 0; i < n; i++) {
            BatchLine l = lines.get(i);
            nos[i] = l.line();
            first = Math.min(first, l.line());
            last = Math.max(last, l.line());
            outcomes[i] = l.outcome().name();
            sources[i] = l.sourceId() == null ? null : l.sourceId().substring(0, Math.min(100, l.sourceId().length()));
            decisions[i] = l.decisionId();
            errors[i] = l.errors() == null || l.errors().isEmpty() ? null : json(l.errors());
        }
        int from = first;
        int to = last;
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement ps = c.prepareStatement("update ehcp_batch_line l set outcome = u.outcome, source_id = u.source_id, "
                    + "decision_id = u.decision_id, errors = u.errors::jsonb, content = null "
                    + "from unnest(?::int[], ?::varchar[], ?::varchar[], ?::uuid[], ?::text[]) as u(line_no, outcome, source_id, decision_id, errors) "
                    + "where l.batch_id = ? and l.line_no = u.line_no and l.line_no between ? and ?")) {
                ps.setArray(1, c.createArrayOf("int4", nos));
                ps.setArray(2, c.createArrayOf("varchar", outcomes));
                ps.setArray(3, c.createArrayOf("varchar", sources));
                ps.setArray(4, c.createArrayOf("uuid", decisions));
                ps.setArray(5, c.createArrayOf("text", errors));
                ps.setObject(6, batchId);
                ps.setInt(7, from);
                ps.setInt(8, to);
                ps.executeUpdate();
            }
        });
    }

    /** Moves a batch on past the lines just judged, adding their outcomes to its counts. */
    public void advance(UUID batchId, int nextLine, int accepted, int duplicates, int refused, Instant now) {
        em.createNativeQuery("update ehcp_batch set status = 'PROCESSING', started_at = coalesce(started_at, :now), next_line = :next, "
                        + "accepted = accepted + :a, duplicates = duplicates + :d, refused = refused + :r where id = :id")
                .setParameter("now", Timestamp.from(now)).setParameter("next", nextLine).setParameter("a", accepted)
                .setParameter("d", duplicates).setParameter("r", refused).setParameter("id", batchId).executeUpdate();
    }

    public void complete(UUID batchId, Instant now) {
        em.createNativeQuery("update ehcp_batch set status = 'COMPLETED', started_at = coalesce(started_at, :now), finished_at = :now where id = :id")
                .setParameter("now", Timestamp.from(now)).setParameter("id", batchId).executeUpdate();
    }

    public List<BatchLine> lines(UUID batchId, LineOutcome outcome, int offset, int limit) {
        Query q = em.createNativeQuery("select line_no, outcome, source_id, decision_id, errors::text from ehcp_batch_line where batch_id = :b"
                + (outcome == null ? "" : " and outcome = :o") + " order by line_no limit :limit offset :offset");
        bindLines(q, batchId, outcome).setParameter("limit", limit).setParameter("offset", offset);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        List<BatchLine> out = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            out.add(new BatchLine(((Number) r[0]).intValue(), r[1] == null ? null : LineOutcome.valueOf((String) r[1]), (String) r[2],
                    (UUID) r[3], r[4] == null ? List.of() : violations((String) r[4])));
        }
        return out;
    }

    public long countLines(UUID batchId, LineOutcome outcome) {
        Query q = em.createNativeQuery("select count(*) from ehcp_batch_line where batch_id = :b" + (outcome == null ? "" : " and outcome = :o"));
        return ((Number) bindLines(q, batchId, outcome).getSingleResult()).longValue();
    }

    private static Query bindLines(Query q, UUID batchId, LineOutcome outcome) {
        q.setParameter("b", batchId);
        if (outcome != null) {
            q.setParameter("o", outcome.name());
        }
        return q;
    }

    private Optional<Batch> first(Query q) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = rows.get(0);
        return Optional.of(new Batch((UUID) r[0], (String) r[1], BatchFormat.valueOf((String) r[2]), BatchStatus.valueOf((String) r[3]),
                instant(r[4]), instant(r[5]), instant(r[6]), ((Number) r[7]).intValue(), ((Number) r[8]).intValue(),
                ((Number) r[9]).intValue(), ((Number) r[10]).intValue(), ((Number) r[11]).intValue()));
    }

    private static Instant instant(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof Instant i) {
            return i;
        }
        if (o instanceof Timestamp t) {
            return t.toInstant();
        }
        if (o instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + o.getClass());
    }

    private String json(List<Violation> violations) {
        try {
            return mapper.writeValueAsString(violations);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Violation> violations(String json) {
        try {
            return mapper.readValue(json, VIOLATIONS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
