package uk.send.funding.forum.repository;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** Reading the columns of a native query's row, whichever Java type the driver gave them. */
final class Rows {

    private Rows() {
    }

    static Instant instant(Object o) {
        if (o == null || o instanceof Instant) {
            return (Instant) o;
        }
        return o instanceof OffsetDateTime odt ? odt.toInstant() : ((Timestamp) o).toInstant();
    }

    static LocalDate date(Object o) {
        if (o == null || o instanceof LocalDate) {
            return (LocalDate) o;
        }
        return ((Date) o).toLocalDate();
    }

    static Integer integer(Object o) {
        return o == null ? null : ((Number) o).intValue();
    }

    static BigDecimal money(Object o) {
        return o == null ? null : ((BigDecimal) o).setScale(2);
    }

    static Timestamp timestamp(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }
}
