package uk.send.devstack;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a value out of a service's {@code /q/metrics} (Prometheus text format), for the tests and benchmarks that check a metric. */
public final class PrometheusText {

    private PrometheusText() {
    }

    /** The value of {@code metric} (e.g. {@code send_ehcp_post_group_size_count}), summed over its label sets; 0 when absent. */
    public static double value(String exposition, String metric) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(metric) + "(?:\\{[^}]*})? ([0-9.eE+-]+)$").matcher(exposition);
        double total = 0;
        while (m.find()) {
            total += Double.parseDouble(m.group(1));
        }
        return total;
    }
}
