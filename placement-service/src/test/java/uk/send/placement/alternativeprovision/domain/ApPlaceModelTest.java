package uk.send.placement.alternativeprovision.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ApPlaceModelTest {

    /**
     * Worked by hand. Last three years 2022–2024 (2021's 100 exclusions are too old); the peak is 2023
     * with 20. Reintegration 50%, average stay half a year:
     * <pre>
     * NCY 9,  12 pupils: 6 reintegrated × 0.5 = 3;   6 stay for years 9,10,11 = 18  → secondary 21
     * NCY 10,  6 pupils: 3 × 0.5 = 1.5;              3 stay for 10,11 = 6           → secondary 7.5
     * NCY 5,   2 pupils: 1 × 0.5 = 0.5 (primary);    1 stays 5,6 (primary 2) then 7..11 (secondary 5)
     * primary 0.5 + 2 = 2.5 → 3 places; secondary 21 + 7.5 + 5 = 33.5 → 34 places
     * </pre>
     */
    private static final List<ExclusionRow> TABLE = List.of(
            new ExclusionRow(2021, 8, 100, 500),
            new ExclusionRow(2022, 9, 10, 80), new ExclusionRow(2022, 5, 4, 20),
            new ExclusionRow(2023, 9, 12, 140), new ExclusionRow(2023, 10, 6, 95), new ExclusionRow(2023, 5, 2, 30),
            new ExclusionRow(2024, 9, 8, 150));

    @Test
    void shouldSizePlacesFromThePeakOfTheLastThreeYears() {
        ApPlaceModel.Result r = ApPlaceModel.model(TABLE, new ApPlaceModel.Parameters(0.5, 0.5, 0));
        assertThat(r.yearsConsidered()).containsExactly(2022, 2023, 2024);
        assertThat(r.peakYear()).isEqualTo(2023);
        assertThat(r.peakPermanentExclusions()).isEqualTo(20);
        assertThat(r.forAcademicYear()).isEqualTo(2025);
        assertThat(r.primaryPupilYears()).isEqualByComparingTo(new BigDecimal("2.50"));
        assertThat(r.secondaryPupilYears()).isEqualByComparingTo(new BigDecimal("33.50"));
        assertThat(r.primaryPlaces()).isEqualTo(3);
        assertThat(r.secondaryPlaces()).isEqualTo(34);
        ApPlaceModel.NcyLine ncy9 = r.lines().stream().filter(l -> l.ncy() == 9).findFirst().orElseThrow();
        assertThat(ncy9.secondaryPlaces()).isCloseTo(21, within(1e-9));
    }

    @Test
    void shouldCountTheShareOfSuspensionsThatNeedAPlace() {
        // 10% of 2023's 265 suspensions: 14 + 9.5 + 3 = 26.5 more pupils, by NCY 9: 14, 10: 9.5, 5: 3.
        ApPlaceModel.Result r = ApPlaceModel.model(TABLE, new ApPlaceModel.Parameters(1.0, 0.5, 0.1));
        // All reintegrated after half a year: places = half of pupils, in their own phase.
        assertThat(r.primaryPupilYears()).isEqualByComparingTo(new BigDecimal("2.50"));
        assertThat(r.secondaryPupilYears()).isEqualByComparingTo(new BigDecimal("20.75"));
        assertThat(r.secondaryPlaces()).isEqualTo(21);
    }

    @Test
    void shouldShareWholePlacesAmongProvidersByTheirPlacesToday() {
        assertThat(Allocation.split(34, new int[]{20, 10, 0})).containsExactly(23, 11, 0);
        assertThat(Allocation.split(7, new int[]{0, 0, 0})).containsExactly(3, 2, 2);
        assertThatThrownBy(() -> new ApPlaceModel.Parameters(1.5, 0.5, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldReadTheExclusionsCsvAndReportBadLines() {
        ExclusionsCsv.Parsed ok = ExclusionsCsv.parse("Academic year,NCY,Permanent exclusions,Suspensions\n2023/24,9,12,140\n2023/24,R,0,\"1,020\"\n");
        assertThat(ok.problems()).isEmpty();
        assertThat(ok.rows()).containsExactly(new ExclusionRow(2023, 9, 12, 140), new ExclusionRow(2023, 0, 0, 1020));
        ExclusionsCsv.Parsed bad = ExclusionsCsv.parse("academic_year,ncy,permanent_exclusions,suspensions\n23-24,9,1,1\n2023,9,-1,1\n");
        assertThat(bad.problems()).extracting(ExclusionsCsv.Problem::field).containsExactly("line 2.academic_year", "line 3.permanent_exclusions");
        assertThat(ExclusionsCsv.parse("year,ncy\n2023,9\n").problems()).extracting(ExclusionsCsv.Problem::field)
                .containsExactly("permanent_exclusions", "suspensions");
    }
}
