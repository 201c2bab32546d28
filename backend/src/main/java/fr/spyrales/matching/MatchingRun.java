package fr.spyrales.matching;

import fr.spyrales.matching.MatchingDtos.RunStage;
import fr.spyrales.matching.MatchingDtos.RunStatus;
import fr.spyrales.member.Member;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A batch matching: its parameters, where its computation stands, and what it found. */
@Entity
@Table(name = "matching_run")
public class MatchingRun {
    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public RunStatus status;

    @Enumerated(EnumType.STRING)
    public RunStage stage;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "started_by")
    public Member startedBy;

    @Column(name = "started_at")
    public OffsetDateTime startedAt;

    @Column(name = "finished_at")
    public OffsetDateTime finishedAt;

    @Column(name = "candidates_per_mentee")
    public int candidatesPerMentee;

    @Column(name = "minimum_score")
    public int minimumScore;

    @Column(name = "weight_skill")
    public int weightSkill;

    @Column(name = "weight_language")
    public int weightLanguage;

    @Column(name = "weight_capacity")
    public int weightCapacity;

    @Column(name = "weight_other_ministry")
    public int weightOtherMinistry;

    @Column(name = "weight_same_region")
    public int weightSameRegion;

    @Column(name = "mentee_count")
    public Integer menteeCount;

    @Column(name = "mentor_count")
    public Integer mentorCount;

    @Column(name = "candidate_count")
    public Long candidateCount;

    @Column(name = "matched_count")
    public Integer matchedCount;

    @Column(name = "total_score_hundredths")
    public Long totalScoreHundredths;

    @Column(name = "greedy_score_hundredths")
    public Long greedyScoreHundredths;

    @Column(name = "greedy_matched_count")
    public Integer greedyMatchedCount;

    @Column(name = "duration_ms")
    public Long durationMs;

    public String error;

    @Column(name = "confirmed_at")
    public OffsetDateTime confirmedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "confirmed_by")
    public Member confirmedBy;

    @Column(name = "created_count")
    public Integer createdCount;

    @Column(name = "skipped_count")
    public Integer skippedCount;

    /** The instance computing the run or sending its requests (see MatchingLease). */
    @Column(name = "lease_holder")
    public String leaseHolder;

    /** Until when the holder's lease runs unless renewed. */
    @Column(name = "lease_until")
    public OffsetDateTime leaseUntil;
}
