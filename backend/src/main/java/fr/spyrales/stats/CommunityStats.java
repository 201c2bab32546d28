package fr.spyrales.stats;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CommunityStats")
public record CommunityStats(
        @Schema(required = true, description = "Membres confirmés", example = "80")
        long members,

        @Schema(required = true, description = "Organisations représentées", example = "24")
        long organizations,

        @Schema(required = true, description = "Membres qui peuvent accompagner", example = "21")
        long mentors,

        @Schema(required = true, description = "Compétences partagées", example = "18")
        long skills) {}
