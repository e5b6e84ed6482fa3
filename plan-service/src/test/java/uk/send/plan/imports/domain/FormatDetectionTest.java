package uk.send.plan.imports.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.send.plan.imports.domain.Fixtures.tsv;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class FormatDetectionTest {

    @ParameterizedTest
    @CsvSource({
        "recovery-plan-task4-banding.tsv, TAB, RECOVERY_PLAN_TABLE",
        "recovery-plan-task4-banding.csv, COMMA, RECOVERY_PLAN_TABLE",
        "seed-000-work-programme.tsv, TAB, WORK_PROGRAMME_PHASES",
        "seed-001-strategy-plan.txt, TAB, DATED_ACTION_LIST",
        "seed-001-strategy-plan.txt, COMMA, DATED_ACTION_LIST",
    })
    void detectsEachFixture(String fixture, String delimiter, Format expected) {
        char d = delimiter.equals("TAB") ? '\t' : ',';
        assertThat(ActionPlanParser.detectFormat(Fixtures.read(fixture), d)).contains(expected);
        assertThat(ActionPlanParser.parse(Fixtures.read(fixture), d).format()).isEqualTo(expected);
    }

    @Test
    void aHeaderAloneIsEnoughForARecoveryPlan() {
        assertThat(ActionPlanParser.detectFormat(
                tsv("General deliverable|Specific actions|Success criteria|Deadline|Lead officer"), '\t'))
                .contains(Format.RECOVERY_PLAN_TABLE);
    }

    @Test
    void itemRowsWithoutAHeaderAreAWorkProgramme() {
        assertThat(ActionPlanParser.detectFormat(
                tsv("1|(a) Delegation|June 2000|1 April 2001", "|(b) Clusters|June 2000|1 April 2001"), '\t'))
                .contains(Format.WORK_PROGRAMME_PHASES);
    }

    @Test
    void aForcedFormatIsReadAsThatFormat() {
        ImportedPlan plan = ActionPlanParser.parse(tsv("Timeframe Action", "July 2011 Finalise proposals"), '\t',
                Format.DATED_ACTION_LIST);
        assertThat(plan.format()).isEqualTo(Format.DATED_ACTION_LIST);
        assertThat(plan.tasks()).hasSize(1);

        ImportedPlan asRecovery = ActionPlanParser.parse(tsv("July 2011 Finalise proposals"), '\t',
                Format.RECOVERY_PLAN_TABLE);
        assertThat(asRecovery.tasks()).isEmpty();
        assertThat(asRecovery.problems()).isEmpty(); // a lone line before any task is a document title
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   \n\n", "Minutes of the SEND board\nApologies were received."})
    void textInNoKnownFormatIsRefused(String text) {
        assertThat(ActionPlanParser.detectFormat(text, '\t')).isEmpty();
        assertThatThrownBy(() -> ActionPlanParser.parse(text, '\t'))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a recognised action plan");
    }

    @ParameterizedTest
    @ValueSource(chars = {';', '|', ' '})
    void onlyTabsAndCommasAreDelimiters(char delimiter) {
        assertThatThrownBy(() -> ActionPlanParser.parse("Task 1: x", delimiter))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("delimiter");
    }

    @Test
    void nullTextIsRefused() {
        assertThatThrownBy(() -> ActionPlanParser.parse(null, '\t')).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void windowsLineEndingsAndAByteOrderMarkChangeNothingIncludingLineNumbers() {
        String unix = Fixtures.read("recovery-plan-task4-banding.tsv");
        String windows = "\uFEFF" + unix.replace("\n", "\r\n");
        assertThat(ActionPlanParser.parse(windows, '\t')).isEqualTo(ActionPlanParser.parse(unix, '\t'));
    }
}
