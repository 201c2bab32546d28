package fr.spyrales.referential;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class ReferentialDtos {
    private ReferentialDtos() {}

    @Schema(name = "OrganizationItem")
    public record OrganizationItem(
            @Schema(required = true) UUID id,

            @Schema(required = true, example = "Institut national de la statistique et des études économiques")
            String name,

            @Schema(example = "INSEE") String acronym,
            @Schema(required = true) OrganizationKind kind,
            @Schema(example = "Économie et Finances") String ministry) {}

    @Schema(name = "SkillItem")
    public record SkillItem(
            @Schema(required = true, example = "python") String code,
            @Schema(required = true, example = "Python") String name,
            @Schema(required = true) SkillCategory category) {}

    @Schema(name = "RegionItem")
    public record RegionItem(
            @Schema(required = true, example = "OCC") String code,
            @Schema(required = true, example = "Occitanie") String name) {}
}
