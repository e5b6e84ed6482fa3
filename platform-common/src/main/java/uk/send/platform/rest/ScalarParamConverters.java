package uk.send.platform.rest;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import uk.send.platform.rest.input.JsonInputRules;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Reads number, UUID, date and instant query and header parameters ({@code ?size=20},
 * {@code ?dueBefore=2026-09-01}) and answers a value that does not convert with 400 problem+json naming the
 * parameter and the format expected. Without it JAX-RS answers an unconvertible query or path parameter
 * with 404, as if the resource did not exist. Path parameters keep JAX-RS's 404. Enums are read by {@link EnumParamConverters}.
 */
@Provider
public class ScalarParamConverters implements ParamConverterProvider {

    private record Format(String expected, Function<String, Object> parse) {
    }

    private static final Map<Class<?>, Format> FORMATS = Map.ofEntries(
            Map.entry(int.class, new Format("a whole number", s -> Integer.valueOf(s.trim()))),
            Map.entry(Integer.class, new Format("a whole number", s -> Integer.valueOf(s.trim()))),
            Map.entry(long.class, new Format("a whole number", s -> Long.valueOf(s.trim()))),
            Map.entry(Long.class, new Format("a whole number", s -> Long.valueOf(s.trim()))),
            Map.entry(BigDecimal.class, new Format("a decimal number", s -> new BigDecimal(s.trim()))),
            Map.entry(UUID.class, new Format("a UUID such as 3fa85f64-5717-4562-b3fc-2c963f66afa6", s -> UUID.fromString(s.trim()))),
            Map.entry(LocalDate.class, new Format("a date as YYYY-MM-DD", ScalarParamConverters::storableDate)),
            Map.entry(Instant.class, new Format("an instant such as 2026-09-01T09:00:00Z", s -> Instant.parse(s.trim()))));

    private static final class OutOfRange extends RuntimeException {
        OutOfRange(String expected) {
            super(expected, null, false, false);
        }
    }

    /** A query date obeys the same bounds as a date in a body ({@link JsonInputRules}): +999999999-12-31 is no date to query by. */
    private static LocalDate storableDate(String s) {
        LocalDate date = LocalDate.parse(s.trim());
        if (!JsonInputRules.isStorable(date)) {
            throw new OutOfRange("a date in the years " + JsonInputRules.MIN_YEAR + " to " + JsonInputRules.MAX_YEAR);
        }
        return date;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        Format format = FORMATS.get(rawType);
        // A path that does not name a resource stays 404 (/programmes/not-a-uuid is no address); queries and headers are input.
        if (format == null || annotations == null || Arrays.stream(annotations).anyMatch(a -> a instanceof PathParam)) {
            return null;
        }
        String parameter = EnumParamConverters.parameterName(annotations);
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                if (value == null) {
                    return null;
                }
                try {
                    return (T) format.parse().apply(value);
                } catch (RuntimeException e) {
                    String message = "'" + value + "' is not " + (e instanceof OutOfRange ? e.getMessage() : format.expected());
                    throw new WebApplicationException(ProblemMappers.respond(400, "validation", "Request is not valid", message, null,
                            List.of(new Problem.FieldError(parameter, message))));
                }
            }

            @Override
            public String toString(T value) {
                return value == null ? null : value.toString();
            }
        };
    }
}
