package fr.spyrales.privacy;

import fr.spyrales.auth.EmailToken;
import fr.spyrales.auth.EmailTokenRepository;
import fr.spyrales.auth.RefreshToken;
import fr.spyrales.auth.RefreshTokenRepository;
import fr.spyrales.common.ApiException;
import fr.spyrales.common.ProblemType;
import fr.spyrales.mail.MailOutbox;
import fr.spyrales.matching.MatchingRunService;
import fr.spyrales.member.Member;
import fr.spyrales.member.MemberMapper;
import fr.spyrales.member.MemberRepository;
import fr.spyrales.member.Visibility;
import fr.spyrales.mentorship.MentorshipService;
import fr.spyrales.notification.NotificationService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.UUID;

/** RGPD: export of all of a member's data, and erasure of the personal part of it. */
@ApplicationScoped
public class PersonalDataService {
    private final MemberRepository members;
    private final MemberMapper mapper;
    private final RefreshTokenRepository refreshTokens;
    private final EmailTokenRepository emailTokens;
    private final MentorshipService mentorships;
    private final NotificationService notifications;
    private final MatchingRunService matchingRuns;
    private final MailOutbox mails;

    PersonalDataService(MemberRepository members, MemberMapper mapper, RefreshTokenRepository refreshTokens,
            EmailTokenRepository emailTokens, MentorshipService mentorships, NotificationService notifications,
            MatchingRunService matchingRuns, MailOutbox mails) {
        this.matchingRuns = matchingRuns;
        this.mails = mails;
        this.mentorships = mentorships;
        this.notifications = notifications;
        this.members = members;
        this.mapper = mapper;
        this.refreshTokens = refreshTokens;
        this.emailTokens = emailTokens;
    }

    @Transactional
    public PersonalDataExport export(UUID memberId) {
        Member member = active(memberId, LockModeType.NONE);
        var sessions = refreshTokens.list("member.id = ?1 order by createdAt", memberId).stream()
                .map(PersonalDataService::session).toList();
        var links = emailTokens.list("member.id = ?1 order by createdAt", memberId).stream()
                .map(t -> new PersonalDataExport.MailLink(t.purpose.name(), t.createdAt, t.expiresAt, t.usedAt)).toList();
        return new PersonalDataExport(OffsetDateTime.now(), mapper.myProfile(member),
                new PersonalDataExport.Account(member.createdAt, member.emailVerifiedAt, member.updatedAt), sessions, links,
                mentorships.allOf(memberId), notifications.all(memberId), matchingRuns.aboutMember(memberId));
    }

    /**
     * Erases the personal data, closes every session and ends open mentorships. The row stays as an anonymous
     * placeholder ("Membre supprimé") for records other members keep.
     */
    @Transactional
    public void erase(UUID memberId) {
        Member member = active(memberId, LockModeType.PESSIMISTIC_WRITE);
        String formerName = member.displayName;
        member.email = "supprime-" + member.id + "@invalid";
        member.passwordHash = null;
        member.firstName = "Membre";
        member.lastName = "supprimé";
        member.displayName = "Membre supprimé";
        member.organization = null;
        member.serviceType = null;
        member.regionCode = null;
        member.category = null;
        member.jobTitle = null;
        member.bio = null;
        member.wantsMentor = false;
        member.canMentor = false;
        member.mentorCapacity = 0;
        member.availability = null;
        member.tchapHandle = null;
        member.visibility = Visibility.PRIVATE;
        member.extraRoles.clear();
        member.skills.clear();
        member.learningSkills.clear();
        member.emailOptOuts.clear();
        member.erasedAt = OffsetDateTime.now();
        member.updatedAt = member.erasedAt;
        // After the anonymisation: counterparts are told about « Membre supprimé », and nothing is sent to the leaver.
        mentorships.closeAllOf(memberId);
        refreshTokens.delete("member.id", memberId);
        emailTokens.delete("member.id", memberId);
        notifications.forget(memberId, formerName);
        mails.forget(memberId);
    }

    private Member active(UUID id, LockModeType lock) {
        return members.findByIdOptional(id, lock).filter(m -> !m.isErased())
                .orElseThrow(() -> new ApiException(ProblemType.UNAUTHENTICATED, "Votre session n'est plus valide. Reconnectez-vous."));
    }

    private static PersonalDataExport.Session session(RefreshToken t) {
        return new PersonalDataExport.Session(t.createdAt, t.expiresAt, t.rotatedAt, t.revokedAt);
    }
}
