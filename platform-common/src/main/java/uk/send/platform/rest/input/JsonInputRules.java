package uk.send.platform.rest.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.time.LocalDate;

/**
 * Limits on what any JSON body may hold, for every service, so that no field of any request can reach
 * the database as something PostgreSQL refuses (a 500) or cost unbounded work:
 * <ul>
 *   <li>no string may contain a NUL character (PostgreSQL text cannot hold one);</li>
 *   <li>a number is at most {@value #MAX_NUMBER_LENGTH} characters long (a 5,000-digit number is not a quantity);</li>
 *   <li>nesting is at most {@value #MAX_NESTING_DEPTH} deep;</li>
 *   <li>a date lies in the years {@value #MIN_YEAR} to {@value #MAX_YEAR}: no SEND record is older, no plan runs
 *       longer, and year ±999,999,999 is outside PostgreSQL's date range.</li>
 * </ul>
 * A value that breaks one is refused as 400 problem+json naming the field ({@link RefusedJsonValue}).
 */
@Singleton
public class JsonInputRules implements ObjectMapperCustomizer {

    public static final int MAX_NUMBER_LENGTH = 64;
    public static final int MAX_NESTING_DEPTH = 64;
    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 2999;

    /** Last, so that these deserializers replace the JavaTimeModule's (Jackson prefers the module registered last). */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .build());
        SimpleModule module = new SimpleModule("send-json-input-rules");
        module.addDeserializer(String.class, new NoNulStrings());
        module.addDeserializer(LocalDate.class, new BoundedDates());
        mapper.registerModule(module);
    }

    /** True when a date is one the platform stores. */
    public static boolean isStorable(LocalDate date) {
        return date.getYear() >= MIN_YEAR && date.getYear() <= MAX_YEAR;
    }

    static final class NoNulStrings extends StringDeserializer {
        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String value = super.deserialize(p, ctxt);
            if (value != null && value.indexOf('\u0000') >= 0) {
                throw new RefusedJsonValue(p, "must not contain a NUL character");
            }
            return value;
        }
    }

    static final class BoundedDates extends StdScalarDeserializer<LocalDate> {
        BoundedDates() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            LocalDate value = LocalDateDeserializer.INSTANCE.deserialize(p, ctxt);
            if (value != null && !isStorable(value)) {
                throw new RefusedJsonValue(p, "must be a date in the years " + MIN_YEAR + " to " + MAX_YEAR);
            }
            return value;
        }
    }
}
