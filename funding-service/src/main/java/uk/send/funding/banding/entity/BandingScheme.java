package uk.send.funding.banding.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import uk.send.funding.banding.domain.Band;
import uk.send.funding.banding.domain.FundingCategory;
import uk.send.funding.banding.domain.NeedsMatrix;
import uk.send.funding.banding.domain.Pricing;
import uk.send.funding.banding.domain.SchemeStatus;
import uk.send.funding.banding.domain.SchemeVersion;
import uk.send.funding.money.domain.FinancialYear;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A version of an LA's banding scheme for one financial year and setting category. */
@Entity
@Table(name = "banding_scheme")
public class BandingScheme {
    @Id
    public UUID id;
    @Column(nullable = false)
    public String tenant;
    @Column(name = "financial_year", nullable = false)
    public int financialYear;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public FundingCategory category;
    @Column(name = "version_no", nullable = false)
    public int versionNo;
    @Column(name = "effective_from", nullable = false)
    public LocalDate effectiveFrom;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SchemeStatus status;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Band> bands;
    @JdbcTypeCode(SqlTypes.JSON)
    public NeedsMatrix matrix;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Pricing pricing = Pricing.BANDED;
    @Column(name = "place_value")
    public BigDecimal placeValue;
    @Column(name = "uplift_rule")
    public String upliftRule;
    @Column(name = "derived_from")
    public UUID derivedFrom;
    @Column(name = "approved_by")
    public String approvedBy;
    @Column(name = "approved_at")
    public Instant approvedAt;
    @Column(name = "forum_minute")
    public String forumMinute;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
    @Version
    public long version;

    public SchemeVersion toDomain() {
        return new SchemeVersion(id, new FinancialYear(financialYear), category, versionNo, effectiveFrom, status, bands, matrix, pricing, placeValue);
    }
}
