package fr.spyrales.matching;

import fr.spyrales.matching.MatchingDtos.MatchedMember;
import fr.spyrales.matching.MatchingDtos.MentorSuggestion;
import fr.spyrales.matching.MatchingDtos.MentorSuggestions;
import fr.spyrales.matching.ReasonWriter.Reader;
import fr.spyrales.matching.engine.MatchingPool;
import fr.spyrales.matching.engine.Scorer;
import fr.spyrales.member.Member;
import fr.spyrales.member.MemberDtos.SkillRef;
import fr.spyrales.member.MemberRepository;
import fr.spyrales.mentorship.MentorshipConfig;
import fr.spyrales.mentorship.MentorshipLookup;
import fr.spyrales.referential.Region;
import fr.spyrales.referential.Skill;
import fr.spyrales.referential.SkillRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The best mentors for one member, with the reasons of each score. */
@ApplicationScoped
public class SuggestionService {
    /**
     * Mentors SQL keeps, by its own computation of the score, for Java to score with their reasons: more than the
     * largest page (50), so that the page is the same as if every mentor were scored here.
     */
    static final int SHORTLIST = 200;

    private final MatchingPoolLoader loader;
    private final MatchingConfig config;
    private final MemberRepository members;
    private final MentorshipLookup mentorships;
    private final MentorshipConfig mentorshipConfig;
    private final SkillRepository skills;
    private final MatchedMembers matchedMembers;

    SuggestionService(
            MatchingPoolLoader loader,
            MatchingConfig config,
            MemberRepository members,
            MentorshipLookup mentorships,
            MentorshipConfig mentorshipConfig,
            SkillRepository skills,
            MatchedMembers matchedMembers) {
        this.loader = loader;
        this.config = config;
        this.members = members;
        this.mentorships = mentorships;
        this.mentorshipConfig = mentorshipConfig;
        this.skills = skills;
        this.matchedMembers = matchedMembers;
    }

    @Transactional
    public MentorSuggestions suggest(UUID memberId, int limit) {
        Member me = members.findById(memberId);
        Scorer scorer = new Scorer(config.matchingWeights());
        int maxScore = scorer.weights().total();
        Map<String, Skill> referential = skills.byCode();
        if (mentorships.hasActiveAsMentee(memberId)) {
            return new MentorSuggestions(
                    List.of(),
                    List.of(),
                    !me.learningSkills.isEmpty(),
                    false,
                    "Vous avez déjà un mentorat en cours : les suggestions reviendront quand il sera terminé.",
                    maxScore);
        }
        LoadedPool loaded =
                loader.forMentee(memberId, scorer.weights(), SHORTLIST).loaded();
        MatchingPool pool = loaded.pool();
        List<SkillRef> basedOn = Arrays.stream(pool.wanted(0))
                .mapToObj(skill -> referential.get(loaded.skillCodes().get(skill)))
                .sorted(Comparator.comparingInt(s -> s.position))
                .map(s -> new SkillRef(s.code, s.name))
                .toList();

        List<int[]> scored = new ArrayList<>();
        for (int mentor = 0; mentor < pool.mentorCount(); mentor++) {
            int score = scorer.score(pool, 0, mentor);
            if (score > 0) {
                scored.add(new int[] {mentor, score});
            }
        }
        scored.sort(Comparator.<int[]>comparingInt(s -> -s[1]).thenComparingInt(s -> s[0]));
        List<int[]> best = scored.subList(0, Math.min(limit, scored.size()));

        Map<UUID, MatchedMember> cards = matchedMembers.byId(
                best.stream().map(s -> loaded.mentorIds()[s[0]]).toList());
        ReasonWriter writer = new ReasonWriter(loaded, referential, Region.namesByCode(), Reader.MENTEE);
        List<MentorSuggestion> items = best.stream()
                .map(s -> new MentorSuggestion(
                        cards.get(loaded.mentorIds()[s[0]]),
                        ReasonWriter.points(s[1]),
                        pool.freePlaces(s[0]),
                        writer.reasons(scorer.explain(pool, 0, s[0]))))
                .toList();

        boolean canRequest =
                me.wantsMentor && mentorships.countPendingAsMentee(memberId) < mentorshipConfig.maxPendingRequests();
        return new MentorSuggestions(
                items,
                basedOn,
                loaded.learningDeclared()[0],
                canRequest,
                notice(me, basedOn, items, canRequest),
                maxScore);
    }

    private String notice(Member me, List<SkillRef> basedOn, List<MentorSuggestion> items, boolean canRequest) {
        if (basedOn.isEmpty()) {
            return "Indiquez dans votre profil les compétences que vous souhaitez développer : les suggestions s'appuient sur elles.";
        }
        if (items.isEmpty()) {
            return "Aucun mentor disponible ne maîtrise ces compétences mieux que vous pour l'instant. Revenez bientôt, ou ajoutez d'autres compétences à développer dans votre profil.";
        }
        if (!me.wantsMentor) {
            return "Pour demander un mentorat, indiquez d'abord dans votre profil que vous souhaitez être accompagné·e.";
        }
        if (!canRequest) {
            return "Vous avez déjà " + mentorshipConfig.maxPendingRequests()
                    + " demandes en attente : attendez une réponse ou retirez-en une avant d'en faire une autre.";
        }
        return null;
    }
}
