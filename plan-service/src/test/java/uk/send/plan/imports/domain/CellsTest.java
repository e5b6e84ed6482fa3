package uk.send.plan.imports.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CellsTest {

    @Test
    void splitsAtLineBreaksAndInlineBulletsButNotAtDashesInsideText() {
        assertThat(Cells.segments("• Model shared • No school worse off\nwrapped tail\n- Dash item – with a range\n\uF0B7 PDF bullet"))
                .extracting(Cells.Segment::text, Cells.Segment::bulleted)
                .containsExactly(
                        tuple("Model shared", true),
                        tuple("No school worse off", true),
                        tuple("wrapped tail", false),
                        tuple("Dash item – with a range", true),
                        tuple("PDF bullet", true));
    }

    @Test
    void cleansNoBreakSpacesAndRuns() {
        assertThat(Cells.clean("  Head\u00A0of \t SEN \n")).isEqualTo("Head of SEN");
        assertThat(Cells.clean(null)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Non-;Maintained;Non-Maintained",
        "Drop-;in sessions;Drop-in sessions",
        "2001 -;2004;2001 - 2004",
        "price each;band;price each band",
        "'';band;band",
    })
    void joinsWrappedText(String head, String tail, String expected) {
        assertThat(Cells.join(head, tail)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "Select the sample, true",
        "10 EHCPs, true",
        "\"Ordinarily available\", true",
        "£6000 per band, true",
        "across all need types, false",
        "(continued), false",
        "\u0412\u0412, true",
    })
    void tellsNewTextFromAWrappedTail(String text, boolean expected) {
        assertThat(Cells.startsNewText(text)).isEqualTo(expected);
    }
}
