package uk.send.funding.ehcp.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import uk.send.funding.ehcp.domain.Violation;
import uk.send.platform.events.EhcpDecisionKind;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A decision as case management systems really send it: the harmless variations read, the ambiguous ones refused saying why. */
class DecisionParserTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static DecisionParser.Parsed parse(String json) {
        try {
            return DecisionParser.parse(JSON.readTree(json));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String base(String extra) {
        return "{\"sourceId\":\"S-1\",\"ehcpRef\":\"E-1\",\"kind\":\"FINAL_PLAN_ISSUED\",\"decisionDate\":\"2025-05-19\",\"ncy\":4" + extra + "}";
    }

    private static List<String> errors(DecisionParser.Parsed p) {
        return p.violations().stream().map(v -> v.field() + ": " + v.message()).toList();
    }

    @Test
    void shouldReadCodesInLowerCaseWithSpacesAndNumbersAsStrings() {
        DecisionParser.Parsed p = parse("{\"sourceId\":\" S-1 \",\"ehcpRef\":\"E-1\",\"kind\":\" final_plan_issued \",\"decisionDate\":\" 2025-05-19 \","
                + "\"ncy\":\" 7 \",\"needTypes\":[\"asd\",\" semh\"],\"reassessment\":null,\"bandCode\":\"\",\"caseOfficerId\":\"  \"}");
        assertThat(errors(p)).isEmpty();
        assertThat(p.draft().kind()).isEqualTo(EhcpDecisionKind.FINAL_PLAN_ISSUED);
        assertThat(p.draft().sourceId()).isEqualTo("S-1");
        assertThat(p.draft().decisionDate()).isEqualTo(LocalDate.of(2025, 5, 19));
        assertThat(p.draft().ncy()).isEqualTo(7);
        assertThat(p.draft().needTypes()).containsExactly("ASD", "SEMH");
        assertThat(p.draft().bandCode()).isNull();
        assertThat(p.draft().caseOfficerId()).isNull();
    }

    @Test
    void shouldReadReceptionAndNurseryYearsAsTheCensusCodesThem() {
        assertThat(parse(base("").replace("\"ncy\":4", "\"ncy\":\"R\"")).draft().ncy()).isZero();
        assertThat(parse(base("").replace("\"ncy\":4", "\"ncy\":\"n2\"")).draft().ncy()).isEqualTo(-1);
        assertThat(parse(base("").replace("\"ncy\":4", "\"ncy\":\"N1\"")).draft().ncy()).isEqualTo(-2);
        assertThat(errors(parse(base("").replace("\"ncy\":4", "\"ncy\":\"Year 4\""))))
                .containsExactly("ncy: must be a whole number (the national curriculum year; R, N1 or N2 also read)");
    }

    @Test
    void shouldReadAListSentAsOneStringLikeACsvCell() {
        DecisionParser.Parsed p = parse(base(",\"settingUrns\":\"118234; 10012345\",\"needTypes\":\"ASD|SLCN\""));
        assertThat(p.draft().settingUrns()).containsExactly("118234", "10012345");
        assertThat(p.draft().needTypes()).containsExactly("ASD", "SLCN");
    }

    @Test
    void shouldRefuseATimestampOrADayMonthYearDateSayingWhy() {
        assertThat(errors(parse(base("").replace("2025-05-19", "2025-05-18T23:00:00Z")))).containsExactly(
                "decisionDate: must be a date as YYYY-MM-DD, without a time: send the day in the UK (a time converted to UTC can fall on the day before)");
        assertThat(errors(parse(base("").replace("2025-05-19", "01/03/2025")))).containsExactly(
                "decisionDate: must be a date as YYYY-MM-DD, year first (01/03/2025 is ambiguous: send 2025-03-01)");
        assertThat(errors(parse(base("").replace("2025-05-19", "2025-02-29")))).containsExactly("decisionDate: must be a date as YYYY-MM-DD");
        assertThat(parse(base("").replace("2025-05-19", "2028-02-29")).draft().decisionDate()).isEqualTo(LocalDate.of(2028, 2, 29));
    }

    @Test
    void shouldListTheKindsForAnUnknownKindAndNameThePropertyMeantForAMiscasedOne() {
        List<Violation> v = parse(base(",\"SourceID\":\"x\"").replace("FINAL_PLAN_ISSUED", "PLAN_FINALISED")).violations();
        assertThat(v).extracting(Violation::field).containsExactly("SourceID", "kind");
        assertThat(v.get(0).message()).isEqualTo("is not a property of an EHCP decision: the property is sourceId (names are case-sensitive)");
        assertThat(v.get(1).message()).startsWith("must be one of ASSESSMENT_REQUESTED, ").contains("FINAL_PLAN_ISSUED", "CORRECTION");
    }

    @Test
    void shouldRefuseAVeryLongSourceIdWithoutEchoingIt() {
        List<String> e = errors(parse(base("").replace("S-1", "S".repeat(5000))));
        assertThat(e).containsExactly("sourceId: must be at most 200 characters");
    }
}
