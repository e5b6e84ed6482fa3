package uk.send.notification.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** notification-service's own settings ({@code notification.*}). */
@ConfigMapping(prefix = "notification")
public interface NotificationConfig {

    /** Base URL of the LA's front end; messages link to items under it. */
    @WithDefault("http://localhost:3000")
    String frontendBaseUrl();

    /** Event types a person cannot mute (statutory breaches and missed deadlines). */
    @WithDefault("uk.send.plan.deadline.missed.v1")
    Set<String> mandatoryTypes();

    Delivery delivery();

    Webhooks webhooks();

    Digest digest();

    Overdue overdue();

    Jobs jobs();

    interface Jobs {
        /** How often the daily-jobs check runs (the jobs themselves send once a day); "off" disables it. */
        @WithDefault("60s")
        String every();
    }

    interface Delivery {
        /** First retry delay of a failed email or webhook; doubles (with jitter) up to {@link #maxBackoff()}. */
        @WithDefault("5s")
        Duration initialBackoff();

        @WithDefault("10m")
        Duration maxBackoff();

        /** After this long since the first attempt, a delivery is parked as a dead letter. */
        @WithDefault("24h")
        Duration giveUpAfter();

        /** Deliveries sent per transaction. */
        @WithDefault("20")
        int batchSize();

        /** How often the sender looks for due retries when nothing woke it. */
        @WithDefault("1s")
        Duration pollInterval();
    }

    interface Webhooks {
        /** Hosts (or host:port) that may be private or plain http, e.g. a partner inside the LA network. */
        Optional<List<String>> allowList();

        @WithDefault("10s")
        Duration timeout();

        /** How long the previous secret stays valid after a rotation. */
        @WithDefault("24h")
        Duration rotationOverlap();
    }

    interface Digest {
        /** Local time (Europe/London) the daily digest goes out. */
        @WithDefault("07:00")
        LocalTime sendAt();

        /** The digest lists what is due within this many days, and everything overdue. */
        @WithDefault("14")
        int horizonDays();
    }

    interface Overdue {
        /** How often an overdue item's reminder repeats until it is done or dropped: daily, every-3-days, weekly. */
        @WithDefault("daily")
        String cadence();
    }
}
