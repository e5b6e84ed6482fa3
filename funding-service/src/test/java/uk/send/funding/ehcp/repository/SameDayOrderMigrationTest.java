package uk.send.funding.ehcp.repository;

import org.junit.jupiter.api.Test;
import uk.send.platform.events.EhcpDecisionKind;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** V68 re-ranks the log's stored rows by a table of its own: it must give every kind the contract's same-day order. */
class SameDayOrderMigrationTest {

    @Test
    void shouldRankEveryKindAsTheContractDoes() throws IOException {
        String sql;
        try (InputStream in = getClass().getResourceAsStream("/db/migration/V68__ehcp_decision_same_day_order.sql")) {
            assertThat(in).isNotNull();
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<EhcpDecisionKind, Integer> ranks = new EnumMap<>(EhcpDecisionKind.class);
        Matcher m = Pattern.compile("\\('([A-Z_0-9]+)', (\\d+)\\)").matcher(sql);
        while (m.find()) {
            ranks.put(EhcpDecisionKind.valueOf(m.group(1)), Integer.parseInt(m.group(2)));
        }
        assertThat(ranks.keySet()).containsExactlyInAnyOrder(EhcpDecisionKind.values());
        ranks.forEach((kind, rank) -> assertThat(rank).as(kind.name()).isEqualTo(kind.sameDayOrder()));
    }
}
