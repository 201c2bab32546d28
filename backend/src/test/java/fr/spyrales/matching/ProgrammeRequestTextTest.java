package fr.spyrales.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.spyrales.matching.MatchingDtos.MatchReason;
import fr.spyrales.matching.engine.Criterion;
import fr.spyrales.member.MemberDtos.SkillRef;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a mentor reads on a request the matching programme sent them, without the application. */
class ProgrammeRequestTextTest {
    private static MatchReason skill(String name, double points) {
        return new MatchReason(
                Criterion.SKILL,
                "Maîtrise " + name + " au niveau 3 — la personne débute",
                points,
                new SkillRef(name.toLowerCase(), name));
    }

    private static final MatchReason LANGUAGE =
            new MatchReason(Criterion.LANGUAGE, "Langage commun : R", 15, new SkillRef("r", "R"));
    private static final MatchReason MINISTRY =
            new MatchReason(Criterion.OTHER_MINISTRY, "Autre ministère : Justice", 15, null);

    @Test
    void theMessageGivesTheScoreThenOneLinePerReason() {
        assertEquals("""
                Binôme proposé par le programme de mentorat (score 87) :
                - Maîtrise R au niveau 3 — la personne débute
                - Autre ministère : Justice""", MatchingConfirmation.message(8_700, List.of(skill("R", 72), MINISTRY)));
    }

    @Test
    void aScoreWithADecimalPartIsWrittenTheFrenchWay() {
        assertTrue(MatchingConfirmation.message(8_725, List.of())
                .startsWith("Binôme proposé par le programme de mentorat (score 87,25)"));
    }

    @Test
    void theMessageStopsAtTheLengthARequestAccepts() {
        List<MatchReason> many = Collections.nCopies(200, MINISTRY);
        assertEquals(2_000, MatchingConfirmation.message(9_000, many).length());
    }

    @Test
    void theGoalsAreTheSkillsToLearnThreeAtMost() {
        assertEquals(
                List.of("Progresser en R", "Progresser en Python", "Progresser en SQL"),
                MatchingConfirmation.goals(List.of(
                        skill("R", 30), LANGUAGE, skill("Python", 20), MINISTRY, skill("SQL", 10), skill("Git", 5))));
    }

    @Test
    void withoutASkillThePairSetsItsOwnGoals() {
        assertEquals(
                List.of("Définir ensemble les objectifs du mentorat"),
                MatchingConfirmation.goals(List.of(LANGUAGE, MINISTRY)));
    }
}
