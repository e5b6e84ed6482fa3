package uk.send.platform.events;

import com.fasterxml.jackson.annotation.JsonClassDescription;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Payload of {@link EventTypes#BLOCK_TRANSFER_AGREED} on {@code funding.events}, key = block transfer id: a transfer from
 * the schools block to the high needs block for one financial year was agreed.
 *
 * @param percent the amount as a % of the schools block (4 places)
 * @param route   FORUM (0.5% or less, the schools forum agreed) or SECRETARY_OF_STATE (a disapplication approved)
 */
@JsonClassDescription("A schools block to high needs block transfer agreed for one financial year, by the forum or the Secretary of State.")
public record BlockTransferAgreed(UUID transferId, String financialYear, BigDecimal amount, BigDecimal schoolsBlockTotal, BigDecimal percent,
                                  String route, LocalDate agreedOn) {
}
