package fr.spyrales.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import fr.spyrales.matching.MatchingDtos.MatchReason;
import fr.spyrales.matching.ReasonWriter.Reader;
import fr.spyrales.matching.engine.Criterion;
import fr.spyrales.matching.engine.ScoreShare;
import fr.spyrales.referential.Skill;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The sentences a mentee or an animateur reads beside a score, without the application. */
class ReasonWriterTest {
    private static final List<String> SKILL_CODES = List.of("python", "r");
    private static final Map<String, Skill> SKILLS = Map.of("python", skill("python", "Python"), "r", skill("r", "R"));
    private static final LoadedPool POOL = new LoadedPool(
            null,
            new UUID[0],
            new UUID[0],
            SKILL_CODES,
            List.of("Justice", "Culture"),
            List.of("OCC", "BRE", "XYZ"),
            new boolean[0]);
    private static final Map<String, String> REGIONS = Map.of("OCC", "Occitanie", "BRE", "Bretagne");

    private static List<MatchReason> reasons(Reader reader, ScoreShare... shares) {
        return new ReasonWriter(POOL, SKILLS, REGIONS, reader).reasons(List.of(shares));
    }

    @Test
    void theMenteeReadsAboutThemselvesAndTheAnimateurAboutThePerson() {
        ScoreShare beginner = new ScoreShare(Criterion.SKILL, 1, 3, 0, 2_500);
        ScoreShare levelOne = new ScoreShare(Criterion.SKILL, 0, 4, 1, 2_500);

        assertEquals(
                "Maîtrise R au niveau 3 — vous débutez",
                reasons(Reader.MENTEE, beginner).get(0).label());
        assertEquals(
                "Maîtrise Python au niveau 4 — vous êtes au niveau 1",
                reasons(Reader.MENTEE, levelOne).get(0).label());
        assertEquals(
                "Maîtrise R au niveau 3 — la personne débute",
                reasons(Reader.ANIMATEUR, beginner).get(0).label());
        assertEquals(
                "Maîtrise Python au niveau 4 — la personne est au niveau 1",
                reasons(Reader.ANIMATEUR, levelOne).get(0).label());
    }

    @Test
    void largestSharesComeFirstAndEqualOnesKeepTheEngineOrder() {
        List<MatchReason> reasons = reasons(
                Reader.MENTEE,
                new ScoreShare(Criterion.CAPACITY, 1, 2, 0, 500),
                new ScoreShare(Criterion.SKILL, 0, 3, 1, 2_000),
                new ScoreShare(Criterion.LANGUAGE, 1, 0, 0, 1_500),
                new ScoreShare(Criterion.OTHER_MINISTRY, 1, 0, 0, 1_500));

        assertEquals(
                List.of(Criterion.SKILL, Criterion.LANGUAGE, Criterion.OTHER_MINISTRY, Criterion.CAPACITY),
                reasons.stream().map(MatchReason::criterion).toList());
        assertEquals(
                List.of(20.0, 15.0, 15.0, 5.0),
                reasons.stream().map(MatchReason::points).toList());
    }

    @Test
    void eachCriterionHasItsSentence() {
        List<MatchReason> reasons = reasons(
                Reader.MENTEE,
                new ScoreShare(Criterion.LANGUAGE, 0, 0, 0, 1_500),
                new ScoreShare(Criterion.OTHER_MINISTRY, 0, 0, 0, 1_400),
                new ScoreShare(Criterion.SAME_REGION, 0, 0, 0, 1_000),
                new ScoreShare(Criterion.CAPACITY, 2, 3, 0, 667),
                new ScoreShare(Criterion.CAPACITY, 1, 2, 0, 500));

        assertEquals(
                List.of(
                        "Langage commun : Python",
                        "Autre ministère : Justice",
                        "Même région : Occitanie",
                        "2 places libres sur 3",
                        "1 place libre sur 2"),
                reasons.stream().map(MatchReason::label).toList());
        assertEquals(6.67, reasons.get(3).points());
    }

    @Test
    void onlySkillReasonsNameTheSkill() {
        List<MatchReason> reasons = reasons(
                Reader.ANIMATEUR,
                new ScoreShare(Criterion.SKILL, 1, 3, 0, 3_000),
                new ScoreShare(Criterion.LANGUAGE, 0, 0, 0, 1_500),
                new ScoreShare(Criterion.SAME_REGION, 1, 0, 0, 1_000));

        assertEquals("r", reasons.get(0).skill().code());
        assertEquals("R", reasons.get(0).skill().name());
        assertEquals("python", reasons.get(1).skill().code());
        assertNull(reasons.get(2).skill());
    }

    @Test
    void anUnknownRegionOrSkillIsShownByItsCode() {
        LoadedPool unnamed = new LoadedPool(
                null, new UUID[0], new UUID[0], List.of("julia"), List.of(), List.of("XYZ"), new boolean[0]);
        List<MatchReason> reasons = new ReasonWriter(unnamed, SKILLS, REGIONS, Reader.MENTEE)
                .reasons(List.of(
                        new ScoreShare(Criterion.SAME_REGION, 0, 0, 0, 1_000),
                        new ScoreShare(Criterion.LANGUAGE, 0, 0, 0, 500)));

        assertEquals(
                List.of("Même région : XYZ", "Langage commun : julia"),
                reasons.stream().map(MatchReason::label).toList());
    }

    private static Skill skill(String code, String name) {
        Skill skill = new Skill();
        skill.code = code;
        skill.name = name;
        return skill;
    }
}
