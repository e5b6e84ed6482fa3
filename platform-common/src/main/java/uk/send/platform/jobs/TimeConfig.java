package uk.send.platform.jobs;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.ZoneId;

/** The platform's clock: English LAs work in Europe/London, so "today" is London's today. */
public class TimeConfig {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Produces
    @Singleton
    @DefaultBean
    Clock clock() {
        return Clock.system(LONDON);
    }
}
