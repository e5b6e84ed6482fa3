package uk.send.funding.ehcp.rest;

import org.junit.jupiter.api.Test;
import uk.send.funding.ehcp.domain.DecisionRules;
import uk.send.platform.events.EhcpDecisionKind;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The per-kind table a partner reads in the OpenAPI description says exactly what DecisionRules enforces. */
class IntakeDocsTest {

    private static List<String> fields(String part) {
        String names = part.replaceAll("\\(.*?\\)", "").trim();
        return names.equals("-") ? List.of() : Arrays.stream(names.split(",")).map(String::trim).toList();
    }

    @Test
    void shouldDocumentTheRequiredAndOptionalFieldsOfEveryKindAsTheRulesEnforceThem() {
        for (EhcpDecisionKind kind : EhcpDecisionKind.values()) {
            String prefix = "- " + kind + ": ";
            String line = IntakeDocs.KIND_FIELDS.lines().filter(l -> l.startsWith(prefix)).findFirst().orElseThrow(() -> new AssertionError(kind + " undocumented"));
            if (kind == EhcpDecisionKind.CORRECTION) {
                continue;
            }
            String[] parts = line.substring(prefix.length()).split(";");
            assertThat(fields(parts[0])).as(kind + " required").containsExactlyInAnyOrderElementsOf(DecisionRules.requiredFields(kind));
            assertThat(fields(parts[1])).as(kind + " optional").containsExactlyInAnyOrderElementsOf(DecisionRules.optionalFields(kind));
        }
    }
}
