package fr.spyrales.matching;

import fr.spyrales.matching.MatchingDtos.MatchReason;
import fr.spyrales.matching.engine.Criterion;
import fr.spyrales.matching.engine.ScoreShare;
import fr.spyrales.member.MemberDtos.SkillRef;
import fr.spyrales.referential.Skill;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Turns score shares into the French sentences members and animateurs read. Runs no query: it is given the names. */
final class ReasonWriter {
    /** Who reads: the mentee ("vous êtes au niveau 1") or an animateur ("la personne est au niveau 1"). */
    enum Reader {
        MENTEE,
        ANIMATEUR
    }

    private final LoadedPool loaded;
    private final Map<String, Skill> skills;
    private final Map<String, String> regionNames;
    private final Reader reader;

    /**
     * @param skills the skills referential, by code
     * @param regionNames region names by code ({@code Region.namesByCode()})
     */
    ReasonWriter(LoadedPool loaded, Map<String, Skill> skills, Map<String, String> regionNames, Reader reader) {
        this.loaded = loaded;
        this.skills = skills;
        this.regionNames = regionNames;
        this.reader = reader;
    }

    /** Largest shares first; equal shares keep the engine's order (skills in the referential's order). */
    List<MatchReason> reasons(List<ScoreShare> shares) {
        return shares.stream()
                .sorted(Comparator.comparingInt(ScoreShare::hundredths).reversed())
                .map(share ->
                        new MatchReason(share.criterion(), label(share), points(share.hundredths()), skill(share)))
                .toList();
    }

    static double points(long hundredths) {
        return hundredths / 100.0;
    }

    private String label(ScoreShare share) {
        return switch (share.criterion()) {
            case SKILL ->
                "Maîtrise " + skillName(share.subject()) + " au niveau " + share.mentorValue() + " — "
                        + menteeLevel(share.menteeValue());
            case LANGUAGE -> "Langage commun : " + skillName(share.subject());
            case CAPACITY ->
                share.subject() + (share.subject() > 1 ? " places libres" : " place libre") + " sur "
                        + share.mentorValue();
            case OTHER_MINISTRY -> "Autre ministère : " + loaded.ministries().get(share.subject());
            case SAME_REGION -> "Même région : " + regionName(share.subject());
        };
    }

    private SkillRef skill(ScoreShare share) {
        if (share.criterion() != Criterion.SKILL && share.criterion() != Criterion.LANGUAGE) {
            return null;
        }
        String code = loaded.skillCodes().get(share.subject());
        return new SkillRef(code, skillName(share.subject()));
    }

    private String menteeLevel(int level) {
        if (reader == Reader.MENTEE) {
            return level == 0 ? "vous débutez" : "vous êtes au niveau " + level;
        }
        return level == 0 ? "la personne débute" : "la personne est au niveau " + level;
    }

    private String skillName(int skill) {
        String code = loaded.skillCodes().get(skill);
        Skill found = skills.get(code);
        return found == null ? code : found.name;
    }

    String regionName(int region) {
        String code = loaded.regionCodes().get(region);
        return regionNames.getOrDefault(code, code);
    }
}
