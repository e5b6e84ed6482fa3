package uk.send.platform.rest;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Reads enum query, path and header parameters ({@code ?status=DONE}), ignoring case, and answers a value
 * that is not one of the constants with 400 problem+json naming the parameter and the values allowed.
 * Without it JAX-RS answers an unconvertible query parameter with 404, as if the resource did not exist.
 */
@Provider
public class EnumParamConverters implements ParamConverterProvider {

    @Override
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (!rawType.isEnum()) {
            return null;
        }
        String parameter = parameterName(annotations);
        T[] constants = rawType.getEnumConstants();
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                if (value == null) {
                    return null;
                }
                String wanted = value.trim();
                for (T constant : constants) {
                    if (((Enum<?>) constant).name().equalsIgnoreCase(wanted)) {
                        return constant;
                    }
                }
                String allowed = Arrays.stream(constants).map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", "));
                String message = "'" + value + "' is not one of " + allowed;
                throw new WebApplicationException(ProblemMappers.respond(400, "validation", "Request is not valid", message, null,
                        List.of(new Problem.FieldError(parameter, message))));
            }

            @Override
            public String toString(T value) {
                return value == null ? null : ((Enum<?>) value).name();
            }
        };
    }

    /** The name of the query, path or header parameter these annotations belong to, for a problem's errors[]. */
    static String parameterName(Annotation[] annotations) {
        return annotations == null ? "parameter"
                : Arrays.stream(annotations).map(EnumParamConverters::nameOf).filter(Objects::nonNull).findFirst().orElse("parameter");
    }

    private static String nameOf(Annotation annotation) {
        if (annotation instanceof QueryParam q) {
            return q.value();
        }
        if (annotation instanceof PathParam p) {
            return p.value();
        }
        if (annotation instanceof HeaderParam h) {
            return h.value();
        }
        return null;
    }
}
