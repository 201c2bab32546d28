package fr.spyrales.member;

/** COMMUNITY: listed in the directory; PRIVATE: visible only to oneself. */
public enum Visibility {
    COMMUNITY,
    PRIVATE
}
