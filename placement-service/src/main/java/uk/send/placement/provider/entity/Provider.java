package uk.send.placement.provider.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;
import uk.send.placement.provider.domain.EstablishmentType;
import uk.send.placement.provider.domain.InspectionGrade;
import uk.send.placement.provider.domain.NeedType;
import uk.send.placement.provider.domain.Phase;
import uk.send.placement.provider.domain.ProviderType;
import uk.send.placement.provider.domain.SettingGroup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** A provider of specialist places in one LA's register, with the need types it serves. */
@Entity
public class Provider {
    @Id
    public UUID id;
    @Column(nullable = false)
    public String tenant;
    @Column(nullable = false)
    public String name;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProviderType type;
    /** The DfE unique reference number; independent providers may have none. */
    public String urn;
    /** The LA whose area an out-county provider is in. */
    @Column(name = "local_authority_area")
    public String localAuthorityArea;
    @Column(nullable = false)
    public boolean active;
    /** UK provider reference number (colleges and independent providers without a URN). */
    public String ukprn;
    /** The code of the LA whose area the provider sits in; null means the tenant's own. */
    @Column(name = "la_code")
    public String laCode;
    @Enumerated(EnumType.STRING)
    @Column(name = "establishment_type")
    public EstablishmentType establishmentType;
    @Enumerated(EnumType.STRING)
    @Column(name = "setting_group", nullable = false)
    public SettingGroup settingGroup;
    @Enumerated(EnumType.STRING)
    public Phase phase;
    @Column(name = "age_from")
    public Integer ageFrom;
    @Column(name = "age_to")
    public Integer ageTo;
    @Enumerated(EnumType.STRING)
    @Column(name = "inspection_grade")
    public InspectionGrade inspectionGrade;
    @Column(name = "inspection_date")
    public LocalDate inspectionDate;
    // A list page loads the need types of all its providers in one query (100 is the largest page).
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "provider_need_type", joinColumns = @JoinColumn(name = "provider_id"))
    @Column(name = "need_type")
    @Enumerated(EnumType.STRING)
    @BatchSize(size = 100)
    public Set<NeedType> needTypes = new HashSet<>();
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
    @Version
    public long version;
}
