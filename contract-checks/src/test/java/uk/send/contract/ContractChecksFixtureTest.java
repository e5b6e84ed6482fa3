package uk.send.contract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The checks do fail: fixture documents (never main code) with a deliberately broken operation and a
 * breaking change are refused, while the well-formed fixture and a purely additive change pass.
 */
class ContractChecksFixtureTest {

    @Test
    void shouldPassLintOnDocumentFollowingTheRules() throws Exception {
        assumeTrue(Spectral.available(), "node/npm not found: Spectral lint skipped");
        Spectral.Result lint = Spectral.lint(Documents.fixture("good.yaml"));
        assertThat(lint.exitCode()).as(lint.output()).isZero();
    }

    @Test
    void shouldFailLintOnOperationWithoutOperationIdOrSuccessResponse() throws Exception {
        assumeTrue(Spectral.available(), "node/npm not found: Spectral lint skipped");
        Spectral.Result lint = Spectral.lint(Documents.fixture("broken-operation.yaml"));
        assertThat(lint.exitCode()).isNotZero();
        assertThat(lint.output()).contains("operation-operationId").contains("operation-success-response");
    }

    @Test
    void shouldFailDiffOnRemovedEndpointAndNewRequiredParameter() {
        ContractDiff diff = ContractDiff.between(Documents.fixture("good.yaml"), Documents.fixture("breaking.yaml"));
        assertThat(diff.breaking()).isTrue();
        assertThat(diff.missingEndpoints()).isEqualTo("GET /api/v1/things/{thingId}");
    }

    @Test
    void shouldPassDiffOnNewEndpointAndReportIt() {
        ContractDiff diff = ContractDiff.between(Documents.fixture("good.yaml"), Documents.fixture("additive.yaml"));
        assertThat(diff.breaking()).as(diff::report).isFalse();
        assertThat(diff.newEndpoints()).isEqualTo("GET /api/v1/things/{thingId}/parts");
    }

    @Test
    void shouldFindNoChangeBetweenDocumentAndItself() {
        ContractDiff diff = ContractDiff.between(Documents.fixture("good.yaml"), Documents.fixture("good.yaml"));
        assertThat(diff.unchanged()).isTrue();
    }
}
