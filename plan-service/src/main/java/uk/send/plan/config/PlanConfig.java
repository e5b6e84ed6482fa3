package uk.send.plan.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.List;

/** plan-service's own settings ({@code plan.*}). */
@ConfigMapping(prefix = "plan")
public interface PlanConfig {

    DeadlineScan deadlineScan();

    interface DeadlineScan {
        /** When the daily scan runs (Quarkus cron, Europe/London). */
        @WithDefault("0 0 6 * * ?")
        String cron();

        /** Days before a deadline at which "approaching" is announced. */
        @WithDefault("14,7,1,0")
        List<Integer> leadTimes();
    }
}
