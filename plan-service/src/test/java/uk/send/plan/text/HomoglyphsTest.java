package uk.send.plan.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

// Non-Latin characters are written as escapes: in a literal they would be indistinguishable from Latin.
class HomoglyphsTest {

    @Test
    void shouldReadACyrillicMonthAsLatin() {
        String octWithCyrillicOAndSmallEsTe = "\u041E\u0441\u0442 2020";

        assertThat(Homoglyphs.toLatin(octWithCyrillicOAndSmallEsTe)).isEqualTo("Oct 2020");
    }

    @Test
    void shouldReadACyrillicLeadOfficerAsLatinInitials() {
        assertThat(Homoglyphs.toLatin("\u0412\u0412")).isEqualTo("BB");
    }

    @ParameterizedTest(name = "U+{0} -> {1}")
    @CsvSource({
        // Cyrillic capitals
        "0410, A", "0412, B", "0415, E", "041A, K", "041C, M", "041D, H", "041E, O", "0420, P", "0421, C",
        "0422, T", "0423, Y", "0425, X", "0405, S", "0406, I", "0408, J",
        // Cyrillic small letters
        "0430, a", "0435, e", "043E, o", "0440, p", "0441, c", "0443, y", "0445, x", "0456, i", "0458, j",
        "0455, s", "0442, t", "043A, k", "043C, m",
        // Greek
        "0399, I", "039F, O", "0391, A", "0392, B", "0395, E", "0397, H", "039A, K", "039C, M", "039D, N",
        "03A1, P", "03A4, T", "03A7, X", "03BF, o", "03B1, a", "03C1, p", "03BD, v"
    })
    void shouldMapEachLookalikeLetter(String hex, String latin) {
        String lookalike = String.valueOf((char) Integer.parseInt(hex, 16));

        assertThat(Homoglyphs.toLatin(lookalike)).isEqualTo(latin);
        assertThat(Homoglyphs.containsLookalikes(lookalike)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u2013", "\u2014", "\u2212", "\u2010", "\u2011", "\u2012", "\u2015", "\uFF0D"})
    void shouldNormaliseDashesToAHyphen(String dash) {
        assertThat(Homoglyphs.toLatin("June " + dash + " Nov 2000")).isEqualTo("June - Nov 2000");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u00A0", "\u202F", "\u2007", "\u2009"})
    void shouldNormaliseNonBreakingAndThinSpaces(String space) {
        assertThat(Homoglyphs.toLatin("Mar" + space + "2022")).isEqualTo("Mar 2022");
    }

    @Test
    void shouldKeepTheLengthSoOffsetsStillPointIntoTheOriginal() {
        String original = "\u0415V\u0415RY \u0408\u0410NU\u0410RY \u2013 \u041E\u0441\u0442\u00A02020";

        String latin = Homoglyphs.toLatin(original);

        assertThat(latin).isEqualTo("EVERY JANUARY - Oct 2020").hasSameSizeAs(original);
    }

    @Test
    void shouldLeaveLatinTextAndLettersWithoutALatinTwinAlone() {
        assertThat(Homoglyphs.toLatin("29 Oct 21, Nov2022")).isEqualTo("29 Oct 21, Nov2022");
        assertThat(Homoglyphs.toLatin("\u0414\u0416\u042F \u03A9\u03BB")).isEqualTo("\u0414\u0416\u042F \u03A9\u03BB");
        assertThat(Homoglyphs.toLatin("")).isEmpty();
    }

    @Test
    void shouldPassNullThrough() {
        assertThat(Homoglyphs.toLatin(null)).isNull();
        assertThat(Homoglyphs.containsLookalikes(null)).isFalse();
    }

    @Test
    void shouldNotCountDashesOrSpacesOrUnrelatedScriptsAsLookalikes() {
        assertThat(Homoglyphs.containsLookalikes("June \u2013 Nov\u00A02000")).isFalse();
        assertThat(Homoglyphs.containsLookalikes("\u0414\u0416")).isFalse();
        assertThat(Homoglyphs.containsLookalikes("Oct 2020")).isFalse();
    }

    @Test
    void shouldSpotASingleLookalikeInAnOtherwiseLatinWord() {
        assertThat(Homoglyphs.containsLookalikes("Oc\u0442 2020")).isTrue();
        assertThat(Homoglyphs.containsLookalikes("Oct 2020")).isFalse();
    }
}
