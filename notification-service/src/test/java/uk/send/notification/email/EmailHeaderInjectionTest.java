package uk.send.notification.email;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.send.devstack.DevstackTestResource;
import uk.send.notification.email.domain.HeaderText;
import uk.send.notification.support.Mailbox;
import uk.send.notification.support.MailServerTestResource;
import uk.send.notification.support.PlanEvents;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Issue 13 item 3: a task titled {@code "A\nReply-To: x@evil.example"} cannot put a header into the reminder e-mail. */
@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "notification"))
@QuarkusTestResource(MailServerTestResource.class)
class EmailHeaderInjectionTest {

    private static PlanEvents events;

    private final String la = "LH" + UUID.randomUUID().toString().substring(0, 8);
    private final String lead = "lead." + UUID.randomUUID().toString().substring(0, 6) + "@" + la.toLowerCase() + ".gov.uk";

    @BeforeAll
    static void connect() {
        events = new PlanEvents();
    }

    @AfterAll
    static void disconnect() {
        events.close();
    }

    @Test
    void shouldKeepATitlesLineBreaksOutOfTheReminderHeaders() {
        String task = PlanEvents.newId();
        events.publish(task, PlanEvents.deadline(la, PlanEvents.newId(), "uk.send.plan.deadline.approaching.v1", PlanEvents.newId(), task,
                "A\r\nReply-To: x@evil.example\nBcc: y@evil.example", lead, LocalDate.of(2026, 12, 1), 7, null));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(Mailbox.raw(lead)).hasSize(1));
        String raw = Mailbox.raw(lead).get(0);
        String headers = raw.substring(0, raw.indexOf("\r\n\r\n"));
        assertThat(Arrays.stream(headers.split("\r\n")).map(l -> l.toLowerCase(java.util.Locale.ROOT)))
                .noneMatch(l -> l.startsWith("reply-to:") || l.startsWith("bcc:"));
        assertThat(Mailbox.of(lead).get(0).subject()).isEqualTo("Due within 7 days: A Reply-To: x@evil.example Bcc: y@evil.example");
    }

    @Test
    void shouldPutAnyControlCharacterOnOneLine() {
        assertThat(HeaderText.singleLine("a\u2028b\u0085c\r\n\td\u0000")).isEqualTo("a b c d");
        assertThat(HeaderText.isPlainAddress("jane@la.gov.uk")).isTrue();
        assertThat(HeaderText.isPlainAddress("jane@la.gov.uk\nBcc: x@evil.example")).isFalse();
        assertThat(HeaderText.isPlainAddress("a@b, c@d")).isFalse();
    }
}
