package uk.send.notification.security;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import uk.send.devstack.DevTokens;
import uk.send.devstack.DevstackTestResource;
import uk.send.notification.support.MailServerTestResource;
import uk.send.platform.metrics.UriTemplateMeterFilter;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Issue 13 item 9: API responses say {@code nosniff} and {@code no-store}; {@code /q/metrics} labels requests by
 * endpoint template, never by a raw URI with an id in it (not even for requests refused before matching).
 */
@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "notification"))
@QuarkusTestResource(MailServerTestResource.class)
class ResponseHeadersAndMetricsTest {

    private final String la = "LM" + UUID.randomUUID().toString().substring(0, 8);
    private final String admin = DevTokens.mint(la, "admin@" + la.toLowerCase() + ".gov.uk", "admin");

    @Test
    void shouldSendNosniffAndNoStoreOnApiResponses() {
        given().auth().oauth2(admin).get("/api/v1/inbox").then().statusCode(200)
                .header("X-Content-Type-Options", equalTo("nosniff")).header("Cache-Control", equalTo("no-store"));
        given().auth().oauth2(admin).get("/api/v1/webhooks/" + UUID.randomUUID()).then().statusCode(404)
                .header("X-Content-Type-Options", equalTo("nosniff")).header("Cache-Control", equalTo("no-store"));
    }

    @Test
    void shouldLabelMetricsByEndpointTemplateNotRawUri() {
        String id = UUID.randomUUID().toString();
        given().auth().oauth2(admin).get("/api/v1/webhooks/" + id).then().statusCode(404);
        given().get("/api/v1/webhooks/" + id).then().statusCode(401);
        given().auth().oauth2(admin).get("/api/v1/no-such-thing/" + id).then().statusCode(404);
        given().auth().oauth2(admin).post("/api/v1/inbox/" + id + "/read").then().statusCode(404);
        // Refused before any route matched (a NUL in the address): the server has no template for it, only the raw path.
        given().auth().oauth2(admin).urlEncodingEnabled(false).get("/api/v1/webhooks/" + id + "/x%00y").then().statusCode(400);
        given().auth().oauth2(admin).urlEncodingEnabled(false).get("/api/v1/settings/" + id + "?q=%00").then().statusCode(400);

        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).doesNotContain(id).contains("uri=\"/api/v1/webhooks/{webhookId}\"");
    }

    @Test
    void shouldTemplateAnySegmentThatIsNotAPlainWord() {
        assertThat(UriTemplateMeterFilter.template("/api/v1/ehcp/EHCP-2026-0001/timeline")).isEqualTo("/api/v1/ehcp/{id}/timeline");
        assertThat(UriTemplateMeterFilter.template("/api/v1/settings/100001")).isEqualTo("/api/v1/settings/{id}");
        assertThat(UriTemplateMeterFilter.template("/api/v1/people/jane@la.gov.uk")).isEqualTo("/api/v1/people/{id}");
        assertThat(UriTemplateMeterFilter.template("/api/v1/webhooks/{webhookId}/rotate-secret")).isEqualTo("/api/v1/webhooks/{webhookId}/rotate-secret");
        assertThat(UriTemplateMeterFilter.template("NOT_FOUND")).isEqualTo("NOT_FOUND");
    }
}
