package uk.send.funding.clusters.domain;

import java.util.UUID;

/** A setting in one of the year's clusters, with its factors ({@code null} when the LA has entered none for the year). */
public record Member(UUID clusterId, String clusterName, String hostUrn, String urn, Factors factors) {
}
