package uk.send.plan.item.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;
import uk.send.plan.item.domain.ItemKind;
import uk.send.plan.item.domain.ItemStatus;
import uk.send.plan.item.domain.Rag;
import uk.send.plan.programme.entity.Programme;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** An item of a programme (phase, task, deliverable, action or success criterion) with its lead officer, status and deadlines. */
@Entity
@Table(name = "plan_item")
public class PlanItem {
    @Id
    public UUID id;
    @Column(nullable = false)
    public String tenant;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "programme_id")
    public Programme programme;
    @Column(name = "parent_id")
    public UUID parentId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ItemKind kind;
    /** The plan's own reference: "Task 4", "(a)", "Phase 1". */
    public String ref;
    @Column(nullable = false)
    public int position;
    @Column(nullable = false)
    public String title;
    /** The lead officer's login name: the inbox their reminders go to. */
    @Column(name = "lead_officer_id")
    public String leadOfficerId;
    @Column(name = "lead_officer_name")
    public String leadOfficerName;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ItemStatus status;
    @Enumerated(EnumType.STRING)
    @Column(name = "rag_override")
    public Rag ragOverride;
    @Column(name = "rag_override_reason")
    public String ragOverrideReason;
    /** Stable key of an imported item, so that importing the same plan again updates instead of duplicating. */
    @Column(name = "import_key")
    public String importKey;
    @OneToMany(mappedBy = "item", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    @BatchSize(size = 100)
    public List<ItemDeadline> deadlines = new ArrayList<>();
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
    @Version
    public long version;

    /** The first deadline still to be met, if any. */
    public Optional<ItemDeadline> nextDeadline() {
        return deadlines.stream().filter(d -> d.metOn == null).min(java.util.Comparator.comparing(d -> d.dueDate));
    }
}
