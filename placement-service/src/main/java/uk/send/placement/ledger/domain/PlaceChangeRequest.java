package uk.send.placement.ledger.domain;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

/**
 * The annual place change request: for each URN the LA funds, the places this academic year and the
 * places it asks the DfE for the next one (unchanged numbers roll forward). Its deadline is early
 * December of the current academic year; the LA keeps the exact day.
 */
public record PlaceChangeRequest(AcademicYear current, LocalDate deadline, List<Row> rows) {

    public record Row(String urn, String ukprn, String providerName, int currentPlaces, int requestedPlaces) {
        public int change() {
            return requestedPlaces - currentPlaces;
        }
    }

    /** The deadline of the request made during {@code current}: the LA's day in December of its first calendar year. */
    public static LocalDate deadline(AcademicYear current, MonthDay day) {
        return day.atYear(current.startYear());
    }
}
