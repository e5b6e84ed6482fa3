package uk.send.funding.clusters.domain;

import java.math.BigDecimal;
import java.util.UUID;

/** One school's allocation under a formula, with the factors it was worked out from. */
public record SchoolAllocation(String urn, UUID clusterId, String clusterName, String hostUrn, int pupilsOnRoll, int senSupport,
                               BigDecimal deprivation, boolean hasFactors, BigDecimal amount) {
}
