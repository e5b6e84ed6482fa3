package uk.send.placement.alternativeprovision.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sizes next year's alternative provision places from the exclusions profile, as LAs do it:
 * <ol>
 *   <li>take the last three academic years in the table and, of those, the peak year (most permanent
 *       exclusions; the later year on a tie) — plan for the worst recent year;</li>
 *   <li>pupils needing AP in each NCY = permanent exclusions + {@code suspensionShare} × suspensions;</li>
 *   <li>a share {@code reintegrationRate} of them returns to mainstream after {@code averageStayYears} on
 *       average; the rest stay in AP until they leave at the end of year 11 (year 11 leavers);</li>
 *   <li>with every year like the peak year, the places occupied at any time are the pupil-years each
 *       cohort spends in AP, counted in the phase each of those years falls in: primary (NCY up to 6) or
 *       secondary (NCY 7 to 11). Places are rounded up to whole places.</li>
 * </ol>
 * Exclusions after year 11 do not need school-age AP and are left out.
 */
public final class ApPlaceModel {

    public static final int LAST_NCY = 11;
    public static final int LAST_PRIMARY_NCY = 6;

    private ApPlaceModel() {
    }

    public record Parameters(double reintegrationRate, double averageStayYears, double suspensionShare) {
        public Parameters {
            if (reintegrationRate < 0 || reintegrationRate > 1) {
                throw new IllegalArgumentException("reintegrationRate must be between 0 and 1");
            }
            if (averageStayYears <= 0 || averageStayYears > 12) {
                throw new IllegalArgumentException("averageStayYears must be above 0 and at most 12");
            }
            if (suspensionShare < 0 || suspensionShare > 1) {
                throw new IllegalArgumentException("suspensionShare must be between 0 and 1");
            }
        }
    }

    /** Places one NCY's cohort takes, by phase, in pupil-years. */
    public record NcyLine(int ncy, double pupils, double primaryPlaces, double secondaryPlaces) {
    }

    public record Result(List<Integer> yearsConsidered, int peakYear, int peakPermanentExclusions, int forAcademicYear,
                         List<NcyLine> lines, BigDecimal primaryPupilYears, BigDecimal secondaryPupilYears, int primaryPlaces,
                         int secondaryPlaces) {
    }

    public static Result model(List<ExclusionRow> rows, Parameters p) {
        Map<Integer, Integer> pexByYear = new TreeMap<>();
        for (ExclusionRow r : rows) {
            pexByYear.merge(r.academicYear(), r.permanentExclusions(), Integer::sum);
        }
        if (pexByYear.isEmpty()) {
            throw new IllegalArgumentException("the exclusions table is empty");
        }
        List<Integer> years = new ArrayList<>(pexByYear.keySet());
        List<Integer> lastThree = years.subList(Math.max(0, years.size() - 3), years.size());
        int peak = lastThree.get(0);
        for (int y : lastThree) {
            if (pexByYear.get(y) >= pexByYear.get(peak)) {
                peak = y;
            }
        }
        Map<Integer, Double> pupils = new TreeMap<>();
        for (ExclusionRow r : rows) {
            if (r.academicYear() == peak && r.ncy() <= LAST_NCY) {
                pupils.merge(r.ncy(), r.permanentExclusions() + p.suspensionShare() * r.suspensions(), Double::sum);
            }
        }
        List<NcyLine> lines = new ArrayList<>();
        double primary = 0;
        double secondary = 0;
        for (Map.Entry<Integer, Double> e : pupils.entrySet()) {
            int ncy = e.getKey();
            double n = e.getValue();
            double[] reintegrated = spread(ncy, Math.min(p.averageStayYears(), LAST_NCY - ncy + 1));
            double[] staying = spread(ncy, LAST_NCY - ncy + 1);
            double pri = n * (p.reintegrationRate() * reintegrated[0] + (1 - p.reintegrationRate()) * staying[0]);
            double sec = n * (p.reintegrationRate() * reintegrated[1] + (1 - p.reintegrationRate()) * staying[1]);
            lines.add(new NcyLine(ncy, n, pri, sec));
            primary += pri;
            secondary += sec;
        }
        return new Result(List.copyOf(lastThree), peak, pexByYear.get(peak), lastThree.get(lastThree.size() - 1) + 1, lines,
                BigDecimal.valueOf(primary).setScale(2, RoundingMode.HALF_UP), BigDecimal.valueOf(secondary).setScale(2, RoundingMode.HALF_UP),
                places(primary), places(secondary));
    }

    /** Whole places for a number of pupil-years; a hair over a whole number (float noise) does not add a place. */
    private static int places(double pupilYears) {
        return (int) Math.ceil(pupilYears - 1e-9);
    }

    /** Splits {@code years} in AP starting at {@code ncy} into [primary, secondary] years. */
    static double[] spread(int ncy, double years) {
        double primary = 0;
        double secondary = 0;
        double left = years;
        for (int y = ncy; y <= LAST_NCY && left > 0; y++) {
            double part = Math.min(1, left);
            if (y <= LAST_PRIMARY_NCY) {
                primary += part;
            } else {
                secondary += part;
            }
            left -= part;
        }
        return new double[]{primary, secondary};
    }
}
