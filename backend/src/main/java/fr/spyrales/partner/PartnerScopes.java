package fr.spyrales.partner;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The scopes a partner client may be granted, each with the French description the contract shows. */
public final class PartnerScopes {
    public static final String MEMBERS_READ = "members:read";
    public static final String MENTORSHIPS_READ = "mentorships:read";
    public static final String EVENTS_READ = "events:read";
    public static final String RESOURCES_READ = "resources:read";
    public static final String RESOURCES_WRITE = "resources:write";
    public static final String PROJECTS_READ = "projects:read";
    public static final String STATS_READ = "stats:read";

    /** Every scope, in the contract's order, with what it opens. */
    public static final Map<String, String> DESCRIPTIONS = descriptions();

    public static final Set<String> ALL = DESCRIPTIONS.keySet();

    private PartnerScopes() {}

    private static Map<String, String> descriptions() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put(MEMBERS_READ, "Lire l'annuaire : les champs publics des profils visibles par la communauté");
        d.put(
                MENTORSHIPS_READ,
                "Lire les binômes de mentorat des agents de son organisation et leurs chiffres (sans objectifs ni"
                        + " commentaires)");
        d.put(EVENTS_READ, "Lire les événements et leurs calendriers");
        d.put(RESOURCES_READ, "Lire la bibliothèque de ressources et les parcours d'apprentissage");
        d.put(RESOURCES_WRITE, "Proposer des ressources (modérées comme toute proposition)");
        d.put(PROJECTS_READ, "Lire les projets");
        d.put(STATS_READ, "Lire les statistiques de la communauté");
        return java.util.Collections.unmodifiableMap(d);
    }
}
