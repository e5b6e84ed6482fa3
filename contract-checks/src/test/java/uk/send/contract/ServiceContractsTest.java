package uk.send.contract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Each service's OpenAPI document, as this build exported it, holds the contract: Spectral finds nothing
 * (errors or warnings), and nothing in it breaks a client built on the version committed under docs/api/.
 * A non-breaking change (a new endpoint, say) passes and is reported, so that parallel work is not blocked;
 * commit the exported document to docs/api/ to record it. The client generated from each document is
 * compiled by this module's build (openapi-generator-maven-plugin, validation on) before these run.
 */
class ServiceContractsTest {

    @ParameterizedTest
    @ValueSource(strings = {"plan-service", "funding-service", "placement-service", "notification-service"})
    void shouldLintWithoutErrorsOrWarnings(String service) throws Exception {
        Path document = exported(service);
        if (!Spectral.available()) {
            System.out.println("[contract-checks] node/npm not found on this machine: Spectral lint of " + service + " skipped");
        }
        assumeTrue(Spectral.available(), "node/npm not found: Spectral lint skipped");
        Spectral.Result lint = Spectral.lint(document);
        assertThat(lint.exitCode()).as("Spectral on %s:%n%s", document, lint.output()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"plan-service", "funding-service", "placement-service", "notification-service"})
    void shouldNotBreakTheCommittedContract(String service) {
        Path committed = Documents.committed(service);
        assertThat(committed).as("the committed contract; copy %s there", exported(service)).exists();
        ContractDiff diff = ContractDiff.between(committed, exported(service));
        assertThat(diff.breaking()).as(() -> service + " breaks the contract committed in " + committed + ":\n" + diff.report()).isFalse();
        if (!diff.unchanged()) {
            System.out.printf("[contract-checks] %s changed compatibly against %s%s; commit %s there to record it%n%s%n", service,
                    committed, diff.newEndpoints().isEmpty() ? "" : " (new: " + diff.newEndpoints() + ")", exported(service), diff.report());
        }
    }

    private static Path exported(String service) {
        Path document = Documents.exported(service);
        assertThat(Files.exists(document)).as("%s is written by the %s build (run the reactor: ./mvnw verify)", document, service).isTrue();
        return document;
    }
}
