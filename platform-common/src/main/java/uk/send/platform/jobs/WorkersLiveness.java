package uk.send.platform.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

import java.util.List;

/** Live while every background worker (outbox relay, senders, publishers) still has its thread. */
@Liveness
@ApplicationScoped
public class WorkersLiveness implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        List<String> dead = BackgroundWorker.dead();
        return HealthCheckResponse.named("background-workers")
                .status(dead.isEmpty())
                .withData("running", String.join(", ", BackgroundWorker.running()))
                .withData("dead", String.join(", ", dead))
                .build();
    }
}
