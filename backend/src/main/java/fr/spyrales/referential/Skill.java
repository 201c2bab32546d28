package fr.spyrales.referential;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "skill")
public class Skill extends PanacheEntityBase {
    @Id
    public String code;

    public String name;

    @Enumerated(EnumType.STRING)
    public SkillCategory category;

    public int position;
}
