package uk.send.placement.security;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import uk.send.devstack.DevstackTestResource;
import uk.send.devstack.suite.ApiSecuritySuite;

/**
 * The generated security suite (auth variants, role matrix, cross-LA, fuzzing) over placement-service's API;
 * its own LA's data comes from the request examples of the service's OpenAPI document.
 */
@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "placement"))
class ApiSecuritySuiteTest extends ApiSecuritySuite {

    @Override
    protected String service() {
        return "placement-service";
    }
}
