package uk.send.notification.delivery.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.jboss.logging.Logger;
import uk.send.notification.config.NotificationConfig;
import uk.send.notification.delivery.domain.Channel;
import uk.send.notification.delivery.domain.DeliveryStatus;
import uk.send.notification.delivery.entity.Delivery;
import uk.send.notification.delivery.repository.DeliveryRepository;
import uk.send.notification.email.domain.HeaderText;
import uk.send.notification.webhook.domain.EndpointGuard;
import uk.send.notification.webhook.domain.RetryPolicy;
import uk.send.notification.webhook.domain.WebhookSigner;
import uk.send.notification.webhook.entity.WebhookEndpoint;
import uk.send.notification.webhook.repository.WebhookEndpointRepository;
import uk.send.platform.jobs.BackgroundWorker;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.random.RandomGenerator;

/**
 * Sends queued emails and webhooks: leases due deliveries (FOR UPDATE SKIP LOCKED, so replicas share the
 * work without sending twice), sends each outside any transaction, then records the attempt. A failure is
 * retried with exponential backoff and full jitter until the give-up time, then parked as DEAD for an
 * admin to replay. A crash between a send and its record resends after the lease, with the same
 * Message-ID / webhook-id, so the receiver can drop it: the only repeat allowed.
 */
@ApplicationScoped
public class DeliverySender {

    private static final Logger LOG = Logger.getLogger(DeliverySender.class);
    public static final String MESSAGE_ID_DOMAIN = "send-platform.uk";

    private final DeliveryRepository deliveries;
    private final WebhookEndpointRepository endpoints;
    private final Mailer mailer;
    private final NotificationConfig config;
    private final Clock clock;
    private final RetryPolicy retry;
    private final EndpointGuard guard;
    private final WebhookSigner signer = new WebhookSigner();
    private final HttpClient http;
    private final MeterRegistry registry;
    private BackgroundWorker worker;

    public DeliverySender(DeliveryRepository deliveries, WebhookEndpointRepository endpoints, Mailer mailer, NotificationConfig config, Clock clock,
                          MeterRegistry registry) {
        this.deliveries = deliveries;
        this.endpoints = endpoints;
        this.mailer = mailer;
        this.config = config;
        this.clock = clock;
        this.registry = registry;
        this.retry = new RetryPolicy(config.delivery().initialBackoff(), config.delivery().maxBackoff(),
                config.delivery().giveUpAfter(), RandomGenerator.getDefault());
        this.guard = new EndpointGuard(new HashSet<>(config.webhooks().allowList().orElse(List.of())));
        this.http = HttpClient.newBuilder().connectTimeout(config.webhooks().timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    void start(@Observes StartupEvent event) {
        worker = BackgroundWorker.start("notification-delivery-sender",
                () -> sendDueBatch() == config.delivery().batchSize() ? BackgroundWorker.Step.MORE : BackgroundWorker.Step.DRAINED,
                // A failing batch means the database is away: retry within half a minute once it is back.
                config.delivery().pollInterval(), java.time.Duration.ofSeconds(30));
    }

    void stop(@Observes ShutdownEvent event) {
        if (worker != null) {
            worker.stop(config.webhooks().timeout().plusSeconds(1));
        }
    }

    void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) DeliveriesQueued queued) {
        if (worker != null) {
            worker.wake();
        }
    }

    /** Sends one batch of due deliveries; returns how many were attempted. */
    public int sendDueBatch() {
        List<UUID> leased = lease();
        for (UUID id : leased) {
            Delivery d = QuarkusTransaction.requiringNew().call(() -> deliveries.findById(id));
            Instant started = clock.instant();
            Outcome outcome = send(d);
            QuarkusTransaction.requiringNew().run(() -> record(id, started, outcome));
        }
        return leased.size();
    }

    private List<UUID> lease() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Instant now = clock.instant();
            // The lease: nobody else picks these up until a send could have timed out twice over.
            return deliveries.lease(now, config.delivery().batchSize(), now.plus(config.webhooks().timeout().multipliedBy(2)).plusSeconds(30));
        });
    }

    private record Outcome(boolean ok, Integer httpStatus, String error) {
    }

    private Outcome send(Delivery d) {
        try {
            return d.channel == Channel.EMAIL ? sendEmail(d) : sendWebhook(d);
        } catch (RuntimeException e) {
            return new Outcome(false, null, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private Outcome sendEmail(Delivery d) {
        if (!HeaderText.isPlainAddress(d.recipient)) {
            return new Outcome(false, null, "not a plain e-mail address");
        }
        // Header values through the mailer's API only, each on one line: a typed title cannot add a header.
        Mail mail = Mail.withText(d.recipient, HeaderText.singleLine(d.subject), d.bodyText).setHtml(d.bodyHtml)
                .addHeader("Message-ID", "<" + d.id + "@" + MESSAGE_ID_DOMAIN + ">");
        mailer.send(mail);
        return new Outcome(true, null, null);
    }

    private Outcome sendWebhook(Delivery d) {
        WebhookEndpoint endpoint = QuarkusTransaction.requiringNew().call(() -> endpoints.findById(d.endpointId));
        if (endpoint == null || !endpoint.active) {
            return new Outcome(false, null, "endpoint removed");
        }
        URI uri = URI.create(endpoint.url);
        try {
            // Checked again at each send: the name may resolve somewhere else now (DNS rebinding).
            guard.check(uri);
        } catch (IllegalArgumentException refused) {
            return new Outcome(false, null, "refused: " + refused.getMessage());
        }
        List<String> secrets = new ArrayList<>(List.of(endpoint.secret));
        if (endpoint.previousSecret != null && endpoint.previousSecretUntil != null && endpoint.previousSecretUntil.isAfter(clock.instant())) {
            secrets.add(endpoint.previousSecret);
        }
        Map<String, String> headers = signer.sign(d.id.toString(), clock.instant().getEpochSecond(), d.bodyText, secrets);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(config.webhooks().timeout())
                .header("Content-Type", "application/cloudevents+json; charset=UTF-8")
                .header("User-Agent", "SEND-Platform-Webhooks/1.0")
                .POST(HttpRequest.BodyPublishers.ofString(d.bodyText));
        headers.forEach(request::header);
        try {
            HttpResponse<Void> response = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            return status >= 200 && status < 300 ? new Outcome(true, status, null) : new Outcome(false, status, "HTTP " + status);
        } catch (java.io.IOException e) {
            return new Outcome(false, null, "IOException: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(false, null, "interrupted");
        }
    }

    private void record(UUID id, Instant started, Outcome outcome) {
        Delivery d = deliveries.findById(id);
        Instant now = clock.instant();
        d.attempts++;
        if (d.firstAttemptAt == null) {
            d.firstAttemptAt = started;
        }
        if (outcome.ok()) {
            d.status = DeliveryStatus.SENT;
            d.sentAt = now;
            d.lastError = null;
        } else {
            d.lastError = truncate(outcome.error());
            Optional<Instant> next = retry.nextAttempt(d.attempts, d.firstAttemptAt, now);
            if (next.isPresent()) {
                d.status = DeliveryStatus.RETRYING;
                d.nextAttemptAt = next.get();
            } else {
                d.status = DeliveryStatus.DEAD;
                LOG.warnf("Delivery %s (%s to %s) is a dead letter after %d attempts: %s", d.id, d.channel, d.recipient, d.attempts, d.lastError);
            }
        }
        deliveries.recordAttempt(id, started, outcome.ok(), outcome.httpStatus(), truncate(outcome.error()));
        registry.counter("send.notification.deliveries", "channel", d.channel.name(), "outcome", outcome.ok() ? "sent" : "failed").increment();
    }

    private static String truncate(String s) {
        return s == null || s.length() <= 2000 ? s : s.substring(0, 2000);
    }

}
