package fr.spyrales.referential;

public enum SkillCategory {
    LANGAGE,
    METHODE,
    OUTIL
}
