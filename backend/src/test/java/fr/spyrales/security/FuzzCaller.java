package fr.spyrales.security;

/** Who sends a fuzzed request: nobody, a member with pairings, and the two roles that open the supervision paths. */
enum FuzzCaller {
    ANONYMOUS, MEMBER, ANIMATEUR, ADMIN
}
