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

    @Test
    void shouldCleanExactlyAsTheSpacesPatternDoes() {
        // clean() is written by hand for speed: it must give what replacing SPACES by one space and stripping gave.
        java.util.regex.Pattern spaces = java.util.regex.Pattern.compile(Cells.SPACES);
        String alphabet = "ab \t\n\r\f\u000B\u00A0\u2007\u2009\u202F\u2028\u2029\u200B\uFEFF\u001C\u3000\u1680.é";
        java.util.Random random = new java.util.Random(14);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = text.toString();
            assertThat(Cells.clean(s)).as("clean(%s)", s.chars().mapToObj(Integer::toHexString).toList())
                    .isEqualTo(spaces.matcher(s).replaceAll(" ").strip());
        }
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
