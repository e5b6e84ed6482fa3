package uk.send.plan.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;

/** plan-service's own settings ({@code plan.*}). */
@ConfigMapping(prefix = "plan")
public interface PlanConfig {

    DeadlineScan deadlineScan();

    Rag rag();

    Items items();

    Calendar calendar();

    interface Calendar {
        /** Signs calendar feed links (calendar apps cannot send bearer tokens); rotate it to revoke every link. */
        String secret();

        /** Public base URL of plan-service, for the feed links handed to people. */
        @io.smallrye.config.WithDefault("http://localhost:8081")
        String publicBaseUrl();
    }

    interface DeadlineScan {
        /** When the daily scan runs (Quarkus cron, Europe/London). */
        @WithDefault("0 0 6 * * ?")
        String cron();

        /** Days before a deadline at which "approaching" is announced. */
        @WithDefault("14,7,1,0")
        List<Integer> leadTimes();

        /** Turning the scan's recorded notices into events. */
        Publisher publisher();
    }

    interface Publisher {
        /** Off only in tests that publish by hand to look at notices in between. */
        @WithDefault("true")
        boolean enabled();

        /** Notices published per transaction: small enough that items are locked only briefly. */
        @WithDefault("1000")
        int batchSize();

        /** How often to look for notices left unpublished (the publisher is also woken by every scan). */
        @WithDefault("30s")
        Duration pollInterval();
    }

    interface Items {
        /** The largest programme {@code GET .../items/tree} answers for; larger ones are paged through the item list. */
        @WithDefault("10000")
        int treeMaxItems();
    }

    interface Rag {
        /** An item not started whose next deadline is within this many days is amber. */
        @WithDefault("14")
        int amberWindowDays();
    }
}
