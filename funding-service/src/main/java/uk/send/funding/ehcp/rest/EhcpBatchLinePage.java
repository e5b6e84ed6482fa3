package uk.send.funding.ehcp.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A page of a batch's line outcomes. */
@Schema(name = "EhcpDecisionBatchLinePage")
public record EhcpBatchLinePage(List<EhcpBatchLineView> items, int page, int size, long totalItems, int totalPages) {
}
