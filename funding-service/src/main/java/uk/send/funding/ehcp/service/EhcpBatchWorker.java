package uk.send.funding.ehcp.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.jboss.logging.Logger;
import uk.send.platform.jobs.BackgroundWorker;
import uk.send.platform.jobs.BackgroundWorker.Step;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * Processes stored batch uploads, one chunk per transaction, oldest batch first. Woken when an upload commits; it
 * also looks every few seconds, which is how a batch left half-done by a stopped or crashed instance is picked up
 * again after a restart (or by another replica): processing resumes at the batch's first unjudged line.
 *
 * <p>When a chunk's transaction fails (not a bad line, which is simply refused, but e.g. a funding feature
 * observing a decision failing), the next chunk's worth of lines is retried one line per transaction, and a line
 * that fails on its own is refused with that reason, so the rest of the batch still goes in.
 */
@ApplicationScoped
public class EhcpBatchWorker {

    private static final Logger LOG = Logger.getLogger(EhcpBatchWorker.class);

    private final EhcpBatchService batches;
    private final EhcpIntakeConfig config;
    private BackgroundWorker worker;
    /** Lines still to be taken one per transaction after a chunk failed. */
    private int singleLines;

    public EhcpBatchWorker(EhcpBatchService batches, EhcpIntakeConfig config) {
        this.batches = batches;
        this.config = config;
    }

    void start(@Observes StartupEvent event) {
        if (config.batch().workerEnabled()) {
            worker = BackgroundWorker.start("ehcp-batch-worker", this::step, Duration.ofSeconds(2), Duration.ofSeconds(10));
        }
    }

    void stop(@Observes ShutdownEvent event) {
        if (worker != null) {
            worker.stop(Duration.ofSeconds(10));
        }
    }

    void onReceived(@Observes(during = TransactionPhase.AFTER_SUCCESS) EhcpBatchService.BatchReceived received) {
        if (worker != null) {
            worker.wake();
        }
    }

    private Step step() {
        Optional<UUID> open = QuarkusTransaction.requiringNew().call(batches::nextOpenBatch);
        if (open.isEmpty()) {
            return Step.DRAINED;
        }
        UUID batchId = open.get();
        int size = singleLines > 0 ? 1 : config.batch().chunkSize();
        try {
            EhcpBatchService.ChunkResult result = QuarkusTransaction.requiringNew().call(() -> batches.processChunk(batchId, size));
            if (singleLines > 0) {
                singleLines--;
            }
            return result == EhcpBatchService.ChunkResult.BUSY_ELSEWHERE ? Step.BUSY_ELSEWHERE : Step.MORE;
        } catch (RuntimeException e) {
            if (size > 1) {
                LOG.warnf("Batch %s: a chunk of %d lines failed (%s); taking them one at a time", batchId, size, e.toString());
                singleLines = size;
                return Step.MORE;
            }
            LOG.warnf("Batch %s: a line failed on its own (%s); refusing it", batchId, e.toString());
            QuarkusTransaction.requiringNew().run(() -> batches.refuseNextLine(batchId, "the service failed while recording it"));
            singleLines = Math.max(0, singleLines - 1);
            return Step.MORE;
        }
    }
}
