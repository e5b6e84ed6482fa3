package uk.send.plan.governance.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.util.UUID;

/** A seat on a governance group: the role (often all a plan names), and the person and organisation once known. */
@Entity
@Table(name = "group_member")
public class GroupMember {
    @Id
    public UUID id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "group_id")
    public GovernanceGroup group;
    public String name;
    @Column(nullable = false)
    public String role;
    public String organisation;
    @Column(nullable = false)
    public int position;
}
