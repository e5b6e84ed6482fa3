package uk.send.platform.consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import uk.send.platform.events.CloudEvent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OnePassEventReaderTest {

    private static final String TYPE = "uk.send.test.thing-happened.v1";
    private final ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();

    record Payload(String ref, LocalDate on, List<String> urns, Nested nested) {
    }

    record Nested(int rank, String note) {
    }

    private String event(String type, String data) {
        return "{\"specversion\":\"1.0\",\"id\":\"e-1\",\"source\":\"/funding-service\",\"type\":\"" + type + "\",\"subject\":\"s/1\","
                + "\"time\":\"2026-12-02T10:15:30.123Z\",\"datacontenttype\":\"application/json\",\"tenant\":\"LA1\",\"data\":" + data
                + ",\"traceparent\":\"00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01\"}";
    }

    private static final String DATA = "{\"ref\":\"EHCP-1\",\"on\":\"2026-03-01\",\"urns\":[\"100001\",\"100002\"],"
            + "\"nested\":{\"rank\":2,\"note\":\"a } brace, a \\\"quote\\\" and a \\\\ backslash\"},\"ignored\":{\"deep\":[1,{\"x\":null}]}}";

    @Test
    void shouldReadWhatParseAndDataReadAndKeepTheDataAsItCame() throws Exception {
        String value = event(TYPE, DATA);

        InboundEvents.Read<Payload> read = OnePassEventReader.read(mapper.copy().configure(
                com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false), value, TYPE, Payload.class);

        CloudEvent whole = mapper.readValue(value, CloudEvent.class);
        assertThat(read.event()).isEqualTo(new CloudEvent(whole.specversion(), whole.id(), whole.source(), whole.type(), whole.subject(),
                whole.time(), whole.datacontenttype(), whole.tenant(), null, whole.traceparent()));
        assertThat(read.event().time()).isEqualTo(Instant.parse("2026-12-02T10:15:30.123Z"));
        assertThat(read.data()).isEqualTo(new Payload("EHCP-1", LocalDate.of(2026, 3, 1), List.of("100001", "100002"),
                new Nested(2, "a } brace, a \"quote\" and a \\ backslash")));
        assertThat(read.dataJson()).isEqualTo(DATA);
        assertThat(mapper.readTree(read.dataJson())).isEqualTo(whole.data());
    }

    @Test
    void shouldSkipTheDataOfAnotherTypeUnread() {
        // data that would not fit the payload type is no concern of a consumer that does not want the event
        assertThat(OnePassEventReader.read(mapper, event("uk.send.test.other.v1", "[1, 2, {\"a\": \"}\"}]"), TYPE, Payload.class)).isNull();
    }

    @Test
    void shouldReadDataThatComesBeforeTheType() throws Exception {
        ObjectNode tree = (ObjectNode) mapper.readTree(event(TYPE, "{\"ref\":\"EHCP-2\",\"on\":\"2026-01-31\"}"));
        JsonNode data = tree.remove("data");
        ObjectNode reordered = mapper.createObjectNode();
        reordered.set("data", data);
        reordered.setAll(tree);

        InboundEvents.Read<Payload> read = OnePassEventReader.read(mapper, mapper.writeValueAsString(reordered), TYPE, Payload.class);

        assertThat(read.data()).isEqualTo(new Payload("EHCP-2", LocalDate.of(2026, 1, 31), null, null));
        assertThat(mapper.readTree(read.dataJson())).isEqualTo(data);
        assertThat(read.event().tenant()).isEqualTo("LA1");
    }

    @Test
    void shouldTakeAnIncompleteOrUnreadableEventForPoison() {
        assertPoison(null, "empty record value");
        assertPoison("  ", "empty record value");
        assertPoison("not json", "not a CloudEvent in JSON");
        assertPoison("[1]", "not a CloudEvent in JSON");
        assertPoison(event(TYPE, DATA).substring(0, 200), "not a CloudEvent in JSON");
        assertPoison(event(TYPE, "null"), "lacks specversion 1.0, id, source, type, time, tenant or data");
        assertPoison(event(TYPE, DATA).replace("\"tenant\":\"LA1\",", ""), "lacks specversion");
        assertPoison(event(TYPE, DATA).replace("\"specversion\":\"1.0\"", "\"specversion\":\"0.3\""), "lacks specversion");
        assertPoison(event(TYPE, DATA).replace("2026-12-02T10:15:30.123Z", "yesterday"), "not a CloudEvent in JSON");
        // an incomplete event of another type is poison too, as parse says of it
        assertPoison(event("uk.send.test.other.v1", DATA).replace("\"id\":\"e-1\",", ""), "lacks specversion");
        assertPoison(event(TYPE, "{\"ref\":\"EHCP-1\",\"on\":\"not a date\"}"), "data of " + TYPE + " does not match its contract");
        assertPoison(event(TYPE, "[\"EHCP-1\"]"), "data of " + TYPE + " does not match its contract");
    }

    private void assertPoison(String value, String message) {
        assertThatThrownBy(() -> OnePassEventReader.read(mapper, value, TYPE, Payload.class))
                .isInstanceOf(PoisonEventException.class).hasMessageContaining(message);
    }
}
