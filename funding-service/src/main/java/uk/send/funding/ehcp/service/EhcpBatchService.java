package uk.send.funding.ehcp.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import uk.send.funding.ehcp.domain.Batch;
import uk.send.funding.ehcp.domain.BatchFormat;
import uk.send.funding.ehcp.domain.BatchLine;
import uk.send.funding.ehcp.domain.DecisionDraft;
import uk.send.funding.ehcp.domain.IntakeOutcome;
import uk.send.funding.ehcp.domain.LineOutcome;
import uk.send.funding.ehcp.domain.Violation;
import uk.send.funding.ehcp.repository.EhcpBatchRepository;
import uk.send.funding.ehcp.repository.EhcpBatchRepository.PendingLine;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Bulk onboarding: an LA's decision history uploaded as NDJSON or CSV. {@link #receive} stores the lines as they
 * arrive (one transaction: an upload cut off half-way leaves nothing) and answers; {@link EhcpBatchWorker} then
 * calls {@link #processChunk} until every line is judged. Each chunk judges its lines through the intake exactly
 * as POSTs would be, writes their decisions, events and outcomes and moves the batch on, in one transaction, so a
 * restart resumes at the first line not yet judged and never records a line twice.
 */
@ApplicationScoped
public class EhcpBatchService {

    /** Fired when a transaction that stored a batch commits, to wake the worker. */
    public record BatchReceived(UUID batchId) {
    }

    private final EhcpBatchRepository batches;
    private final EhcpIntakeService intake;
    private final EhcpIntakeConfig config;
    private final ObjectMapper mapper;
    private final Event<BatchReceived> received;
    private final Clock clock;

    public EhcpBatchService(EhcpBatchRepository batches, EhcpIntakeService intake, EhcpIntakeConfig config, ObjectMapper mapper,
                            Event<BatchReceived> received, Clock clock) {
        this.batches = batches;
        this.intake = intake;
        this.config = config;
        this.mapper = mapper;
        this.received = received;
        this.clock = clock;
    }

    /** Stores an upload's lines, streamed, and returns the batch waiting to be processed. */
    @Transactional
    @TransactionConfiguration(timeout = 900)
    public Batch receive(String tenant, String submittedBy, BatchFormat format, InputStream body) {
        UUID id = UUID.randomUUID();
        BatchUploadReader reader = new BatchUploadReader(config.batch(), mapper);
        batches.insert(id, tenant, format, submittedBy, clock.instant(), sink -> reader.read(format, body, sink));
        received.fire(new BatchReceived(id));
        return batches.find(tenant, id).orElseThrow();
    }

    public Optional<Batch> find(String tenant, UUID id) {
        return batches.find(tenant, id);
    }

    /** A page of a batch's line outcomes; empty when the batch is not this LA's. */
    public Optional<LinesPage> lines(String tenant, UUID id, LineOutcome outcome, int page, int size) {
        return batches.find(tenant, id).map(b -> new LinesPage(batches.lines(id, outcome, page * size, size), batches.countLines(id, outcome)));
    }

    public record LinesPage(List<BatchLine> items, long total) {
    }

    /** The oldest batch with lines left to judge. */
    @Transactional
    public Optional<UUID> nextOpenBatch() {
        return batches.oldestOpen();
    }

    /** What one chunk did. */
    public enum ChunkResult { DONE, MORE, BUSY_ELSEWHERE }

    /**
     * Judges the next {@code size} lines of a batch in the current transaction. The batch row stays locked until
     * commit, so two replicas never judge the same chunk.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ChunkResult processChunk(UUID batchId, int size) {
        Optional<Batch> locked = batches.lock(batchId);
        if (locked.isEmpty()) {
            return ChunkResult.BUSY_ELSEWHERE;
        }
        Batch batch = locked.get();
        List<PendingLine> lines = batches.linesFrom(batchId, batch.nextLine(), size);
        if (lines.isEmpty()) {
            batches.complete(batchId, clock.instant());
            return ChunkResult.DONE;
        }
        List<BatchLine> results = new ArrayList<>(lines.size());
        List<DecisionDraft> drafts = new ArrayList<>();
        List<Integer> draftAt = new ArrayList<>();
        for (PendingLine line : lines) {
            if (line.outcome() != null) {
                // refused on arrival (too long, wrong number of CSV values)
                results.add(null);
                continue;
            }
            DecisionParser.Parsed parsed = parse(line.content());
            if (parsed.ok()) {
                draftAt.add(results.size());
                drafts.add(parsed.draft());
                results.add(null);
            } else {
                results.add(new BatchLine(line.lineNo(), LineOutcome.REFUSED, sourceIdOf(line.content()), null, parsed.violations()));
            }
        }
        List<IntakeOutcome> outcomes = intake.recordAll(batch.tenant(), drafts);
        for (int i = 0; i < outcomes.size(); i++) {
            int at = draftAt.get(i);
            results.set(at, lineOf(lines.get(at).lineNo(), drafts.get(i).sourceId(), outcomes.get(i)));
        }
        int accepted = 0;
        int duplicates = 0;
        int refused = 0;
        List<BatchLine> toSave = new ArrayList<>(results.size());
        for (int i = 0; i < results.size(); i++) {
            BatchLine r = results.get(i);
            if (r == null) {
                refused++;
                continue;
            }
            toSave.add(r);
            switch (r.outcome()) {
                case ACCEPTED -> accepted++;
                case DUPLICATE -> duplicates++;
                case REFUSED -> refused++;
            }
        }
        batches.saveOutcomes(batchId, toSave);
        batches.advance(batchId, lines.get(lines.size() - 1).lineNo() + 1, accepted, duplicates, refused, clock.instant());
        return ChunkResult.MORE;
    }

    /**
     * Refuses the next line of a batch that could not be recorded even on its own (its transaction failed for a
     * reason that is not the line's content, e.g. a funding feature reacting to it failed), so that one line
     * never holds up the rest.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void refuseNextLine(UUID batchId, String reason) {
        batches.lock(batchId).ifPresent(batch -> {
            List<PendingLine> next = batches.linesFrom(batchId, batch.nextLine(), 1);
            if (next.isEmpty()) {
                return;
            }
            PendingLine line = next.get(0);
            batches.saveOutcomes(batchId, List.of(new BatchLine(line.lineNo(), LineOutcome.REFUSED, sourceIdOf(line.content()), null,
                    List.of(new Violation("line", "could not be recorded (" + reason + "); send it again")))));
            batches.advance(batchId, line.lineNo() + 1, 0, 0, 1, clock.instant());
        });
    }

    private static BatchLine lineOf(int lineNo, String sourceId, IntakeOutcome outcome) {
        if (outcome instanceof IntakeOutcome.Accepted a) {
            return new BatchLine(lineNo, LineOutcome.ACCEPTED, sourceId, a.decision().decision().decisionId(), List.of());
        }
        if (outcome instanceof IntakeOutcome.Duplicate d) {
            return new BatchLine(lineNo, LineOutcome.DUPLICATE, sourceId, d.decision().decision().decisionId(), List.of());
        }
        IntakeOutcome.Refused r = (IntakeOutcome.Refused) outcome;
        return new BatchLine(lineNo, LineOutcome.REFUSED, sourceId, null, r.violations());
    }

    private DecisionParser.Parsed parse(String content) {
        try {
            return DecisionParser.parse(mapper.readTree(content));
        } catch (JsonProcessingException e) {
            return new DecisionParser.Parsed(null, List.of(new Violation("line", "is not valid JSON: " + e.getOriginalMessage())));
        }
    }

    private String sourceIdOf(String content) {
        if (content == null) {
            return null;
        }
        try {
            JsonNode id = mapper.readTree(content).get("sourceId");
            return id != null && id.isTextual() ? id.asText() : null;
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
