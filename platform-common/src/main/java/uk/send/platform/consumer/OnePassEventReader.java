package uk.send.platform.consumer;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import uk.send.platform.events.CloudEvent;

import java.io.IOException;
import java.time.Instant;

/**
 * Reads a CloudEvent record in one pass over its text, for a consumer of one event type: the attributes, then the
 * data straight into its payload type, and the data's JSON as the text it was sent as. {@link InboundEvents#parse(String)}
 * followed by {@link InboundEvents#data} builds a JSON tree of the data and converts it, and a consumer that keeps the
 * data's JSON then writes the tree out again: three passes over the bulk of each record (in a 200,000-decision batch,
 * JFR put about 40% of plan-service's consuming threads' samples there). The same rules apply: the same attributes
 * are required, other attributes are ignored, and a payload that does not fit its type is poison.
 */
final class OnePassEventReader {

    private OnePassEventReader() {
    }

    static <T> InboundEvents.Read<T> read(ObjectMapper mapper, String value, String type, Class<T> dataType) {
        InboundEvents.requireValue(value);
        Attributes a = new Attributes();
        T data = null;
        String dataJson = null;
        JsonNode dataBeforeType = null;
        boolean hasData = false;
        try (JsonParser p = mapper.createParser(value)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new PoisonEventException("not a CloudEvent in JSON: not a JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken token = p.nextToken();
                if (!"data".equals(field)) {
                    a.read(mapper, p, field);
                    continue;
                }
                hasData = token != JsonToken.VALUE_NULL;
                if (!hasData) {
                    continue;
                }
                if (a.type == null) {
                    // Attributes may come in any order: data ahead of the type is kept as a tree until the type is known.
                    dataBeforeType = mapper.readTree(p);
                } else if (a.type.equals(type)) {
                    int start = (int) p.currentTokenLocation().getCharOffset();
                    data = payload(mapper, value, p, a.type, dataType);
                    dataJson = value.substring(start, (int) p.currentLocation().getCharOffset());
                } else {
                    p.skipChildren();
                }
            }
        } catch (JsonProcessingException e) {
            throw InboundEvents.notJson(e);
        } catch (IOException e) {
            // A String source has no I/O of its own to fail; Jackson's parse errors are JsonProcessingExceptions.
            throw new PoisonEventException("not a CloudEvent in JSON: " + e.getMessage(), e);
        }
        CloudEvent event = new CloudEvent(a.specversion, a.id, a.source, a.type, a.subject, a.time, a.datacontenttype, a.tenant, null,
                a.traceparent);
        if (!event.hasAttributes() || !hasData) {
            throw InboundEvents.incomplete();
        }
        if (!type.equals(a.type)) {
            return null;
        }
        if (dataBeforeType != null) {
            try {
                data = mapper.treeToValue(dataBeforeType, dataType);
                dataJson = mapper.writeValueAsString(dataBeforeType);
            } catch (JsonProcessingException | IllegalArgumentException e) {
                throw InboundEvents.unfit(type, e);
            }
        }
        return new InboundEvents.Read<>(event, data, dataJson);
    }

    /**
     * The data read as its payload type. When it does not fit, the rest of the record is unread, so the record is read
     * again whole to say what {@link InboundEvents#parse(String)} would have said first: an incomplete event.
     */
    private static <T> T payload(ObjectMapper mapper, String value, JsonParser p, String type, Class<T> dataType) {
        try {
            return mapper.readValue(p, dataType);
        } catch (IOException | IllegalArgumentException e) {
            InboundEvents.readComplete(mapper, value);
            throw InboundEvents.unfit(type, e);
        }
    }

    /** The attributes as {@link CloudEvent}'s own deserialisation reads them (each as its Java type; others skipped). */
    private static final class Attributes {
        String specversion;
        String id;
        String source;
        String type;
        String subject;
        Instant time;
        String datacontenttype;
        String tenant;
        String traceparent;

        void read(ObjectMapper mapper, JsonParser p, String field) throws IOException {
            switch (field) {
                case "specversion" -> specversion = text(mapper, p);
                case "id" -> id = text(mapper, p);
                case "source" -> source = text(mapper, p);
                case "type" -> type = text(mapper, p);
                case "subject" -> subject = text(mapper, p);
                case "time" -> time = p.currentToken() == JsonToken.VALUE_NULL ? null : mapper.readValue(p, Instant.class);
                case "datacontenttype" -> datacontenttype = text(mapper, p);
                case "tenant" -> tenant = text(mapper, p);
                case "traceparent" -> traceparent = text(mapper, p);
                default -> p.skipChildren();
            }
        }

        private static String text(ObjectMapper mapper, JsonParser p) throws IOException {
            return p.currentToken() == JsonToken.VALUE_STRING ? p.getText()
                    : p.currentToken() == JsonToken.VALUE_NULL ? null : mapper.readValue(p, String.class);
        }
    }
}
