package uk.send.platform.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.config.MeterFilter;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Keeps HTTP metrics per endpoint template, never per URI. Quarkus labels a request the REST layer matched with
 * its template ({@code /api/v1/webhooks/{webhookId}}), but one refused before matching (401, 404, 413, 429) would
 * carry its raw path, ids included, until the label cap is full. Here every {@code uri} tag is rewritten so that
 * any segment that is not a plain lower-case word (a UUID, a number, a URN, an e-mail address, an EHCP
 * reference) reads {@code {id}}.
 */
public class UriTemplateMeterFilter {

    private static final Pattern MICROMETER_CONSTANT = Pattern.compile("[A-Z_]+");
    private static final Pattern WORD = Pattern.compile("[a-z][a-z-]*|v[0-9]+|\\{[A-Za-z]+}");

    @Produces
    @Singleton
    public MeterFilter uriTemplates() {
        return new MeterFilter() {
            @Override
            public Meter.Id map(Meter.Id id) {
                String uri = id.getTag("uri");
                if (uri == null || !id.getName().startsWith("http.server")) {
                    return id;
                }
                String template = template(uri);
                if (template.equals(uri)) {
                    return id;
                }
                List<Tag> tags = new ArrayList<>();
                for (Tag t : id.getTagsAsIterable()) {
                    tags.add(t.getKey().equals("uri") ? Tag.of("uri", template) : t);
                }
                return id.replaceTags(tags);
            }
        };
    }

    /** The path with every segment that is not a plain word replaced by {@code {id}}. */
    public static String template(String uri) {
        if (uri.isEmpty() || uri.equals("/") || MICROMETER_CONSTANT.matcher(uri).matches()) {
            return uri; // "/", or Micrometer's own NOT_FOUND, REDIRECTION, UNKNOWN
        }
        String[] segments = uri.split("/", -1);
        StringBuilder out = new StringBuilder(uri.length());
        for (int i = 0; i < segments.length; i++) {
            if (i > 0) {
                out.append('/');
            }
            String s = segments[i];
            out.append(s.isEmpty() || WORD.matcher(s).matches() ? s : "{id}");
        }
        return out.toString();
    }
}
