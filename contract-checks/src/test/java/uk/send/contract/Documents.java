package uk.send.contract;

import java.nio.file.Path;
import java.util.List;

/** Where the services' OpenAPI documents are: exported by this build, and committed under docs/api/. */
final class Documents {

    static final List<String> SERVICES = List.of("plan-service", "funding-service", "placement-service", "notification-service");

    private Documents() {
    }

    static Path root() {
        String root = System.getProperty("send.root");
        return root != null ? Path.of(root).toAbsolutePath().normalize() : Path.of("..").toAbsolutePath().normalize();
    }

    /** What this build's service module wrote (quarkus.smallrye-openapi.store-schema-directory). */
    static Path exported(String service) {
        return root().resolve(service).resolve("target/openapi/openapi.yaml");
    }

    /** The previous version of the contract, committed; a breaking change against it fails the build. */
    static Path committed(String service) {
        return root().resolve("docs/api").resolve(service + ".yaml");
    }

    static Path fixture(String name) {
        return root().resolve("contract-checks/src/test/resources/fixtures").resolve(name);
    }
}
