package fr.spyrales.member;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A skill a member declares, with a self-assessed level from 1 (débutant) to 4 (expert). */
@Embeddable
public class SkillLevel {
    @Column(name = "skill_code")
    public String skillCode;

    public short level;

    protected SkillLevel() {}

    public SkillLevel(String skillCode, int level) {
        this.skillCode = skillCode;
        this.level = (short) level;
    }
}
