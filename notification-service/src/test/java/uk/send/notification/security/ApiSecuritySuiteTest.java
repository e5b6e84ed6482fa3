package uk.send.notification.security;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import uk.send.devstack.DevTokens;
import uk.send.devstack.DevstackTestResource;
import uk.send.devstack.suite.ApiSecuritySuite;
import uk.send.notification.support.MailServerTestResource;
import uk.send.notification.support.PlanEvents;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

/** The generated security suite (auth variants, role matrix, cross-LA, fuzzing) over notification-service's API. */
@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "notification"))
@QuarkusTestResource(MailServerTestResource.class)
class ApiSecuritySuiteTest extends ApiSecuritySuite {

    @Override
    protected String service() {
        return "notification-service";
    }

    /** Inbox items come from events, not from a POST: one deadline event for each role's suite user. */
    @Override
    protected void seed(Seeder seeder) {
        try (PlanEvents events = new PlanEvents()) {
            for (String role : ROLES) {
                String person = role + "@" + seeder.la().toLowerCase() + ".example";
                String task = UUID.randomUUID().toString();
                events.publish(task, PlanEvents.deadline(seeder.la(), UUID.randomUUID().toString(), "uk.send.plan.deadline.approaching.v1",
                        UUID.randomUUID().toString(), task, "Suite task", person, LocalDate.now().plusDays(1), 1, null));
            }
        }
        String admin = DevTokens.mint(seeder.la(), "admin@" + seeder.la().toLowerCase() + ".example", "admin");
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> given().baseUri(seeder.baseUrl()).auth().oauth2(admin).get("/api/v1/inbox")
                .then().statusCode(200).body("totalItems", greaterThanOrEqualTo(1)));
    }
}
