package fr.spyrales.stats;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The home page's figures, as of the statistics snapshot's last refresh (hourly by default). The counts of people
 * follow the statistics page's rule (nothing under 5, nothing that would give a hidden cell away): the members are the
 * snapshot's total, absent when it is not published; the mentors are absent under 5.
 */
@Schema(name = "CommunityStats")
public record CommunityStats(
        @Schema(
                description = "Membres confirmés, au dernier calcul des statistiques (absent quand le chiffre ne peut"
                        + " pas être publié : moins de 5, ou secret statistique)",
                example = "80",
                nullable = true)
        Long members,

        @Schema(
                required = true,
                description = "Organisations représentées, au dernier calcul des statistiques",
                example = "24")
        long organizations,

        @Schema(
                description =
                        "Membres qui peuvent accompagner, au dernier calcul des statistiques (absent quand il y en a"
                                + " moins de 5)",
                example = "21",
                nullable = true)
        Long mentors,

        @Schema(
                required = true,
                description = "Compétences partagées, au dernier calcul des statistiques",
                example = "18")
        long skills) {}
