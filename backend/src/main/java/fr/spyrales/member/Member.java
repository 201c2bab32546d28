package fr.spyrales.member;

import fr.spyrales.common.security.Roles;
import fr.spyrales.referential.Organization;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@Entity
@Table(name = "member")
public class Member extends PanacheEntityBase {
    @Id
    public UUID id;

    public String email;

    @Column(name = "password_hash")
    public String passwordHash;

    @Column(name = "first_name")
    public String firstName;

    @Column(name = "last_name")
    public String lastName;

    @Column(name = "display_name")
    public String displayName;

    @Column(name = "email_verified_at")
    public OffsetDateTime emailVerifiedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organization_id")
    public Organization organization;

    @Enumerated(EnumType.STRING)
    @Column(name = "service_type")
    public ServiceType serviceType;

    @Column(name = "region_code")
    public String regionCode;

    @Enumerated(EnumType.STRING)
    public Category category;

    @Column(name = "job_title")
    public String jobTitle;

    public String bio;

    @Column(name = "wants_mentor")
    public boolean wantsMentor;

    @Column(name = "can_mentor")
    public boolean canMentor;

    @Column(name = "mentor_capacity")
    public short mentorCapacity;

    public String availability;

    @Column(name = "tchap_handle")
    public String tchapHandle;

    @Enumerated(EnumType.STRING)
    public Visibility visibility = Visibility.COMMUNITY;

    @Column(name = "is_demo")
    public boolean demo;

    @Column(name = "created_at", insertable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Column(name = "erased_at")
    public OffsetDateTime erasedAt;

    @ElementCollection
    @CollectionTable(name = "member_role", joinColumns = @JoinColumn(name = "member_id"))
    @Column(name = "role")
    public Set<String> extraRoles = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "member_skill", joinColumns = @JoinColumn(name = "member_id"))
    public List<SkillLevel> skills = new ArrayList<>();

    /** Skills this member wants to develop with a mentor: what the matching engine looks at first. */
    @ElementCollection
    @CollectionTable(name = "member_learning_skill", joinColumns = @JoinColumn(name = "member_id"))
    @Column(name = "skill_code")
    public Set<String> learningSkills = new HashSet<>();

    /** The kinds of notification this member does not want by e-mail (they still see them in the app). */
    @ElementCollection
    @CollectionTable(name = "member_email_opt_out", joinColumns = @JoinColumn(name = "member_id"))
    @Column(name = "kind")
    @Enumerated(EnumType.STRING)
    public Set<NotificationKind> emailOptOuts = new HashSet<>();

    public boolean isVerified() {
        return emailVerifiedAt != null;
    }

    public boolean isErased() {
        return erasedAt != null;
    }

    /** `member` for everyone, plus granted roles. */
    public Set<String> roles() {
        Set<String> roles = new java.util.TreeSet<>(extraRoles);
        roles.add(Roles.MEMBER);
        return roles;
    }
}
