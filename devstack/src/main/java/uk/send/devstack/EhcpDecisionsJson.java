package uk.send.devstack;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/** The EHCP decisions {@link EhcpBenchmark} sends: single ones for the POST rounds and the ceiling, and a large LA's history for the batch. */
final class EhcpDecisionsJson {

    /** The batch's decisions per EHCP: request, decision to assess, draft, final plan naming a setting, annual review. */
    static final int DECISIONS_PER_EHCP = 5;

    private EhcpDecisionsJson() {
    }

    /** One decision as the CMS sends it; {@code extra} is appended inside the object (",\"field\":..."). */
    static String decision(String sourceId, String ref, String kind, LocalDate date, String extra) {
        return "{\"sourceId\":\"" + sourceId + "\",\"ehcpRef\":\"" + ref + "\",\"kind\":\"" + kind + "\",\"decisionDate\":\"" + date
                + "\",\"ncy\":6,\"caseOfficerId\":\"officer" + Math.abs(ref.hashCode() % 40) + "\"" + extra + "}";
    }

    /** {@code n} decisions, {@link #DECISIONS_PER_EHCP} per EHCP, as NDJSON. */
    static byte[] history(int n) {
        StringBuilder sb = new StringBuilder(n * 190);
        LocalDate start = LocalDate.now().minusYears(2);
        for (int i = 0; i < n; i++) {
            int ehcp = i / DECISIONS_PER_EHCP;
            String ref = "EHCP-H-" + ehcp;
            LocalDate d = start.plusDays(ehcp % 200);
            String id = "H-" + i;
            switch (i % DECISIONS_PER_EHCP) {
                case 0 -> sb.append(decision(id, ref, "ASSESSMENT_REQUESTED", d, ""));
                case 1 -> sb.append(decision(id, ref, "DECIDED_TO_ASSESS", d.plusWeeks(5), ""));
                case 2 -> sb.append(decision(id, ref, "DRAFT_PLAN_ISSUED", d.plusWeeks(14), ""));
                case 3 -> sb.append(decision(id, ref, "FINAL_PLAN_ISSUED", d.plusWeeks(19),
                        ",\"settingUrns\":[\"" + (100000 + ehcp % 500) + "\"],\"needTypes\":[\"ASD\",\"SLCN\"],\"bandCode\":\"B3\",\"effectiveDate\":\"" + d.plusWeeks(21) + "\""));
                default -> sb.append(decision(id, ref, "ANNUAL_REVIEW_HELD", d.plusWeeks(70), ""));
            }
            sb.append('\n');
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }
}
