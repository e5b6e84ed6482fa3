package uk.send.plan.governance.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;
import uk.send.plan.governance.domain.GroupKind;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A steering, working or reference group of one LA, optionally of one programme, with its remit and members. */
@Entity
@Table(name = "governance_group")
public class GovernanceGroup {
    @Id
    public UUID id;
    @Column(nullable = false)
    public String tenant;
    @Column(name = "programme_id")
    public UUID programmeId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public GroupKind kind;
    @Column(nullable = false)
    public String name;
    /** The dimension of need a working group addresses, as the LA words it: "BESD", "ASD/SLCN". */
    @Column(name = "dimension_of_need")
    public String dimensionOfNeed;
    /** The remit's bullets, one a line. */
    public String remit;
    public String chair;
    @OneToMany(mappedBy = "group", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    @BatchSize(size = 100)
    public List<GroupMember> members = new ArrayList<>();
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
    @Version
    public long version;
}
