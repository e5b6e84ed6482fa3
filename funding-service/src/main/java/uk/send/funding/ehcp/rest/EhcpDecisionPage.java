package uk.send.funding.ehcp.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A page of EHCP decisions (the paged list shape every list endpoint answers). */
@Schema(name = "EhcpDecisionPage")
public record EhcpDecisionPage(List<EhcpDecisionView> items, int page, int size, long totalItems, int totalPages) {
}
