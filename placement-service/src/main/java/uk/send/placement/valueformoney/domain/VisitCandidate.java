package uk.send.placement.valueformoney.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** An independent provider where enough of the LA's children are placed to be worth a visit, with its last inspection. */
public record VisitCandidate(UUID providerId, String name, String urn, String inspectionGrade, LocalDate inspectionDate, long children,
                             BigDecimal annualSpend) {
}
