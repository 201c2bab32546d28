package fr.spyrales.matching;

import fr.spyrales.matching.engine.Criterion;
import fr.spyrales.member.MemberDtos.OrganizationRef;
import fr.spyrales.member.MemberDtos.SkillRef;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class MatchingDtos {
    private MatchingDtos() {}

    @Schema(
            name = "MatchReason",
            description =
                    "Une part du score de compatibilité, avec sa raison en clair. Les parts s'additionnent pour donner le score.")
    public record MatchReason(
            @Schema(required = true) Criterion criterion,

            @Schema(required = true, example = "Maîtrise R au niveau 4 — vous êtes au niveau 1")
            String label,

            @Schema(required = true, example = "25.0") double points,

            @Schema(description = "La compétence en jeu, pour SKILL et LANGUAGE.")
            SkillRef skill) {}

    @Schema(
            name = "MatchedMember",
            description = "Un membre tel qu'il apparaît dans une suggestion ou une proposition d'appariement.")
    public record MatchedMember(
            @Schema(required = true) UUID id,

            @Schema(required = true, example = "Claire Fontaine")
            String displayName,

            @Schema(example = "Cheffe de projet data") String jobTitle,
            OrganizationRef organization,
            @Schema(example = "Justice") String ministry,
            @Schema(example = "OCC") String region,
            @Schema(example = "Occitanie") String regionName) {}

    @Schema(
            name = "MentorSuggestion",
            description = "Un mentor suggéré, avec son score (sur 100 avec les poids par défaut) et ses raisons.")
    public record MentorSuggestion(
            @Schema(required = true) MatchedMember mentor,
            @Schema(required = true, example = "82.5") double score,
            @Schema(required = true, example = "2") int freePlaces,
            @Schema(required = true) List<MatchReason> reasons) {}

    @Schema(name = "MentorSuggestions", description = "Les mentors les plus compatibles avec le membre connecté.")
    public record MentorSuggestions(
            @Schema(required = true) List<MentorSuggestion> items,

            @Schema(
                    required = true,
                    description = "Les compétences à développer sur lesquelles portent les suggestions.")
            List<SkillRef> basedOn,

            @Schema(
                    required = true,
                    description =
                            "Vrai si ces compétences viennent du profil (« compétences à développer ») ; faux si elles sont déduites des compétences de niveau 1 ou 2.")
            boolean learningSkillsDeclared,

            @Schema(required = true, description = "Vrai si le membre peut demander un mentorat maintenant.")
            boolean canRequest,

            @Schema(
                    description = "Explication à afficher, par exemple pourquoi la liste est vide.",
                    example = "Indiquez dans votre profil les compétences que vous souhaitez développer.")
            String notice,

            @Schema(required = true, example = "100") int maxScore) {}

    @Schema(
            name = "MatchingWeights",
            description = "Poids des critères, en points (0 à 100 ; la compétence au moins 1).")
    public record WeightsInput(
            @Schema(required = true, example = "50")
            @NotNull(message = "Indiquez le poids de la compétence.")
            @Min(value = 1, message = "Le poids de la compétence va de 1 à 100.")
            @Max(value = 100, message = "Le poids de la compétence va de 1 à 100.")
            Integer skill,

            @Schema(required = true, example = "15")
            @NotNull(message = "Indiquez le poids du langage commun.")
            @Min(value = 0, message = "Le poids du langage va de 0 à 100.")
            @Max(value = 100, message = "Le poids du langage va de 0 à 100.")
            Integer language,

            @Schema(required = true, example = "10")
            @NotNull(message = "Indiquez le poids des places libres.")
            @Min(value = 0, message = "Le poids des places libres va de 0 à 100.")
            @Max(value = 100, message = "Le poids des places libres va de 0 à 100.")
            Integer capacity,

            @Schema(required = true, example = "15")
            @NotNull(message = "Indiquez le poids du changement de ministère.")
            @Min(value = 0, message = "Le poids du changement de ministère va de 0 à 100.")
            @Max(value = 100, message = "Le poids du changement de ministère va de 0 à 100.")
            Integer otherMinistry,

            @Schema(required = true, example = "10")
            @NotNull(message = "Indiquez le poids de la même région.")
            @Min(value = 0, message = "Le poids de la même région va de 0 à 100.")
            @Max(value = 100, message = "Le poids de la même région va de 0 à 100.")
            Integer sameRegion) {}

    @Schema(
            name = "MatchingRunRequest",
            description = "Paramètres d'un appariement ; chaque champ absent prend sa valeur par défaut.")
    public record RunRequest(
            @Schema(example = "50", description = "Mentors candidats retenus par personne (1 à 200, 50 par défaut).")
            @Min(value = 1, message = "Le nombre de candidats va de 1 à 200.")
            @Max(value = 200, message = "Le nombre de candidats va de 1 à 200.")
            Integer candidatesPerMentee,

            @Schema(example = "30", description = "Score minimal d'un binôme proposé (0 à 100, 0 par défaut).")
            @Min(value = 0, message = "Le score minimal va de 0 à 100.")
            @Max(value = 100, message = "Le score minimal va de 0 à 100.")
            Integer minimumScore,

            @Valid WeightsInput weights) {}

    @Schema(name = "MatchingRunParameters")
    public record RunParameters(
            @Schema(required = true, example = "50") int candidatesPerMentee,
            @Schema(required = true, example = "0") int minimumScore,
            @Schema(required = true) WeightsInput weights) {}

    @Schema(
            name = "MatchingRunFigures",
            description = "Les chiffres d'un appariement calculé. Les scores sont la somme des scores des binômes.")
    public record RunFigures(
            @Schema(required = true, example = "412") int mentees,
            @Schema(required = true, example = "96") int mentors,
            @Schema(required = true, example = "20600") long candidates,
            @Schema(required = true, example = "180") int matched,
            @Schema(required = true, example = "13250.5") double totalScore,
            @Schema(required = true, example = "73.6") double meanScore,

            @Schema(
                    required = true,
                    description =
                            "Total obtenu par la méthode gloutonne (le meilleur mentor libre pour chacun, dans l'ordre), pour comparaison.",
                    example = "12100.0")
            double greedyTotalScore,

            @Schema(required = true, example = "171") int greedyMatched,
            @Schema(required = true, example = "840") long durationMs) {}

    @Schema(
            name = "MatchingRunStatus",
            description = "RUNNING : calcul en cours ; DONE : proposition prête à revoir ; FAILED : échec ; "
                    + "CONFIRMING : confirmé, demandes en cours d'envoi ; CONFIRMED : toutes les demandes envoyées.")
    public enum RunStatus {
        RUNNING,
        DONE,
        FAILED,
        CONFIRMING,
        CONFIRMED
    }

    @Schema(
            name = "MatchingRunStage",
            description = "Étape du calcul : chargement, candidats, optimisation, enregistrement, terminé.")
    public enum RunStage {
        LOADING,
        CANDIDATES,
        SOLVING,
        SAVING,
        FINISHED
    }

    @Schema(name = "PersonRef")
    public record PersonRef(
            @Schema(required = true) UUID id,

            @Schema(required = true, example = "Karim Benali")
            String displayName) {}

    @Schema(name = "MatchingRun", description = "Un appariement : ses paramètres, son avancement et ses chiffres.")
    public record RunView(
            @Schema(required = true) UUID id,
            @Schema(required = true) RunStatus status,
            @Schema(required = true) RunStage stage,
            @Schema(required = true) RunParameters parameters,
            @Schema(required = true) PersonRef startedBy,
            @Schema(required = true) OffsetDateTime startedAt,
            OffsetDateTime finishedAt,
            RunFigures figures,

            @Schema(description = "Binômes retirés par les animateurs.", required = true, example = "3")
            int removed,

            @Schema(example = "Le calcul a été interrompu par un redémarrage du service.")
            String error,

            OffsetDateTime confirmedAt,
            PersonRef confirmedBy,

            @Schema(description = "Demandes créées à la confirmation (jusqu'ici, pendant l'envoi).", example = "175")
            Integer created,

            @Schema(
                    description = "Binômes écartés à la confirmation, parce que la situation avait changé.",
                    example = "2")
            Integer skipped,

            @Schema(description = "Binômes gardés, à envoyer à la confirmation.", example = "177")
            Integer toSend) {}

    @Schema(
            name = "MatchingProposalOutcome",
            description =
                    "À la confirmation : CREATED (demande envoyée au mentor) ou SKIPPED (écarté, voir outcomeDetail).")
    public enum ProposalOutcome {
        CREATED,
        SKIPPED
    }

    @Schema(name = "MatchingProposal", description = "Un binôme proposé par un appariement.")
    public record ProposalView(
            @Schema(required = true) MatchedMember mentee,
            @Schema(required = true) MatchedMember mentor,
            @Schema(required = true, example = "78.0") double score,
            @Schema(required = true) List<MatchReason> reasons,
            @Schema(required = true) boolean removed,
            ProposalOutcome outcome,

            @Schema(example = "La personne a déjà un mentorat en cours.")
            String outcomeDetail,

            UUID mentorshipId) {}

    @Schema(
            name = "MatchingProposalAboutMe",
            description = "Un binôme où figure le membre, dans un appariement des animateurs.")
    public record ProposalAboutMe(
            @Schema(required = true) UUID runId,
            @Schema(required = true) OffsetDateTime computedAt,

            @Schema(required = true, description = "MENTOR ou MENTEE.", example = "MENTEE")
            String role,

            @Schema(required = true, example = "Claire Fontaine")
            String counterpart,

            @Schema(required = true, example = "78.0") double score,
            @Schema(required = true) boolean removed,
            ProposalOutcome outcome) {}
}
