package fr.spyrales.event;

import fr.spyrales.training.library.ProgrammingLanguage;
import fr.spyrales.training.library.ResourceLevel;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of the event endpoints. */
public final class EventDtos {
    // Read alike by Java (whole match) and by the contract's ECMAScript regex (a search): no inline flags such as (?s).
    static final String NOT_BLANK = "[\\s\\S]*\\S[\\s\\S]*";
    static final String HTTPS_URL = "^https://[^\\s/]+\\S*$";
    static final String HTTPS_ONLY = "Indiquez une adresse en https://.";
    static final String URL_SIZE = "L'adresse ne doit pas dépasser 2 000 caractères.";
    static final String TITLE_SIZE = "Le titre fait entre 3 et 150 caractères.";
    static final String DESCRIPTION_SIZE = "La description ne doit pas dépasser 20 000 caractères.";
    static final String PLACE_SIZE = "Le lieu ne doit pas dépasser 200 caractères.";
    static final String CAPACITY_RANGE = "La capacité va de 1 à 10 000 places.";
    static final String TOPICS_SIZE = "Choisissez au plus six thèmes.";
    static final String SPEAKERS_SIZE = "Indiquez au plus dix intervenants.";
    static final String REASON_SIZE = "Le motif fait entre 3 et 500 caractères.";

    private EventDtos() {}

    @Schema(
            name = "EventSpeakerInput",
            description = "Un intervenant : un membre (memberId) ou une personne extérieure (name), l'un ou l'autre.")
    public record SpeakerInput(
            @Schema(description = "Un membre de la communauté.")
            UUID memberId,

            @Schema(description = "Le nom d'un intervenant extérieur.", example = "Marie Dupont (Insee)")
            @Pattern(regexp = NOT_BLANK, message = "Le nom de l'intervenant ne peut pas être vide.")
            @Size(max = 150, message = "Le nom de l'intervenant ne doit pas dépasser 150 caractères.")
            String name) {}

    @Schema(name = "EventCreate")
    public record EventCreate(
            @Schema(required = true, example = "Débuter avec le tidyverse")
            @NotBlank(message = "Donnez un titre à l'événement.")
            @Size(min = 3, max = 150, message = TITLE_SIZE)
            String title,

            @Schema(description = "Description en Markdown.", example = "Une heure pour découvrir dplyr et ggplot2.")
            @Size(max = 20000, message = DESCRIPTION_SIZE)
            String description,

            @Schema(required = true) @NotNull(message = "Indiquez le type d'événement.")
            EventType type,

            @Schema(required = true, example = "2027-01-12T14:00:00+01:00")
            @NotNull(message = "Indiquez le début de l'événement.")
            OffsetDateTime startsAt,

            @Schema(required = true, example = "2027-01-12T15:30:00+01:00")
            @NotNull(message = "Indiquez la fin de l'événement.")
            OffsetDateTime endsAt,

            @Schema(
                    description =
                            "Lien de la visioconférence, montré aux seuls inscrits confirmés et aux organisateurs.",
                    example = "https://webinaire.numerique.gouv.fr/meeting/tidyverse")
            @Size(max = 2000, message = URL_SIZE)
            @Pattern(regexp = HTTPS_URL, message = HTTPS_ONLY)
            String onlineUrl,

            @Schema(description = "Lieu, pour un événement en présence.", example = "Insee, Montrouge")
            @Pattern(regexp = NOT_BLANK, message = "Le lieu ne peut pas être vide.")
            @Size(max = 200, message = PLACE_SIZE)
            String place,

            @Schema(description = "Nombre de places ; absent : illimité.", example = "30")
            @Min(value = 1, message = CAPACITY_RANGE)
            @Max(value = 10000, message = CAPACITY_RANGE)
            Integer capacity,

            @Schema(description = "Niveau visé ; absent : tous niveaux.")
            ResourceLevel level,

            @Schema(required = true) @NotNull(message = "Indiquez le langage abordé (NONE si aucun).")
            ProgrammingLanguage language,

            @Schema(description = "Codes de zéro à six compétences du référentiel (GET /skills).", example = "[\"r\"]")
            @Size(max = 6, message = TOPICS_SIZE)
            List<
                            @NotBlank(message = "Un thème ne peut pas être vide.")
                            @Size(max = 40, message = "Thème inconnu.") String>
                    topics,

            @Schema(description = "Les intervenants, dans l'ordre.") @Size(max = 10, message = SPEAKERS_SIZE)
            List<@Valid @NotNull(message = "Intervenant manquant.") SpeakerInput> speakers,

            @Schema(description = "Un projet de la communauté dont l'événement parle.")
            UUID projectId,

            @Schema(description = "Un parcours publié que l'événement accompagne.")
            UUID pathId) {}

    /**
     * A class, not a record: public fields are set only when present in the JSON, which tells "absent" (unchanged)
     * from "null" (cleared) for the optional fields — a record's constructor cannot.
     */
    @Schema(
            name = "EventUpdate",
            description = "Les champs à changer (merge patch) : un champ absent reste tel quel ; null efface un champ"
                    + " facultatif (onlineUrl, place, capacity = illimité, level = tous niveaux, projectId, pathId,"
                    + " replayUrl, slidesUrl). Les listes topics et speakers, si présentes, remplacent les précédentes."
                    + " replayUrl et slidesUrl se renseignent une fois l'événement commencé.")
    public static class EventUpdate {
        @Pattern(regexp = NOT_BLANK, message = "Le titre ne peut pas être vide.")
        @Size(min = 3, max = 150, message = TITLE_SIZE)
        public String title;

        @Size(max = 20000, message = DESCRIPTION_SIZE)
        public String description;

        public EventType type;
        public OffsetDateTime startsAt;
        public OffsetDateTime endsAt;

        @Schema(nullable = true, maxLength = 2000, pattern = HTTPS_URL, description = "null : pas de visioconférence.")
        public Optional<@Size(max = 2000, message = URL_SIZE) @Pattern(regexp = HTTPS_URL, message = HTTPS_ONLY) String>
                onlineUrl;

        @Schema(nullable = true, maxLength = 200, pattern = NOT_BLANK, description = "null : pas de lieu.")
        public Optional<
                        @Pattern(regexp = NOT_BLANK, message = "Le lieu ne peut pas être vide.")
                        @Size(max = 200, message = PLACE_SIZE) String>
                place;

        @Schema(nullable = true, minimum = "1", maximum = "10000", description = "null : illimité.")
        public Optional<@Min(value = 1, message = CAPACITY_RANGE) @Max(value = 10000, message = CAPACITY_RANGE) Integer>
                capacity;

        @Schema(nullable = true, description = "null : tous niveaux.")
        public Optional<ResourceLevel> level;

        public ProgrammingLanguage language;

        @Size(max = 6, message = TOPICS_SIZE)
        public List<
                        @NotBlank(message = "Un thème ne peut pas être vide.")
                        @Size(max = 40, message = "Thème inconnu.") String>
                topics;

        @Size(max = 10, message = SPEAKERS_SIZE)
        public List<@Valid @NotNull(message = "Intervenant manquant.") SpeakerInput> speakers;

        @Schema(nullable = true, description = "null : plus de projet lié.")
        public Optional<UUID> projectId;

        @Schema(nullable = true, description = "null : plus de parcours lié.")
        public Optional<UUID> pathId;

        @Schema(
                nullable = true,
                maxLength = 2000,
                pattern = HTTPS_URL,
                description = "L'enregistrement, une fois l'événement commencé.")
        public Optional<@Size(max = 2000, message = URL_SIZE) @Pattern(regexp = HTTPS_URL, message = HTTPS_ONLY) String>
                replayUrl;

        @Schema(
                nullable = true,
                maxLength = 2000,
                pattern = HTTPS_URL,
                description = "Le support, une fois l'événement commencé.")
        public Optional<@Size(max = 2000, message = URL_SIZE) @Pattern(regexp = HTTPS_URL, message = HTTPS_ONLY) String>
                slidesUrl;
    }

    @Schema(name = "EventCancel")
    public record EventCancel(
            @Schema(
                    required = true,
                    description = "Le motif, envoyé à chaque inscrit.",
                    example = "Intervenante malade")
            @NotBlank(message = "Indiquez le motif de l'annulation.")
            @Size(min = 3, max = 500, message = REASON_SIZE)
            String reason) {}

    @Schema(name = "EventSpeaker", description = "Un intervenant : un membre (memberId) ou une personne extérieure.")
    public record Speaker(
            @Schema(description = "Absent pour un intervenant extérieur.")
            UUID memberId,

            @Schema(required = true, example = "Marie Dupont")
            String name) {}

    @Schema(name = "EventLink", description = "Le projet ou le parcours lié à l'événement.")
    public record Linked(
            @Schema(required = true) UUID id,
            @Schema(required = true) String title) {}

    @Schema(name = "MyRegistration", description = "Mon inscription à un événement.")
    public record MyRegistration(
            @Schema(required = true) RegistrationStatus status,

            @Schema(
                    description = "Ma place sur la liste d'attente (1 = la prochaine servie) ; absente sinon.",
                    example = "3")
            Integer position,

            @Schema(required = true, description = "Quand je me suis inscrit·e (ma place dans la file).")
            OffsetDateTime registeredAt,

            @Schema(required = true, description = "Ma présence a été notée.")
            boolean attended) {}

    @Schema(name = "EventSummary")
    public record EventSummary(
            @Schema(required = true) UUID id,
            @Schema(required = true) String title,
            @Schema(required = true) EventType type,
            @Schema(required = true) EventStatus status,
            @Schema(required = true) OffsetDateTime startsAt,
            @Schema(required = true) OffsetDateTime endsAt,
            String place,

            @Schema(required = true, description = "L'événement a lieu en ligne (le lien est sur sa page).")
            boolean online,

            @Schema(description = "Absente : illimitée.") Integer capacity,
            @Schema(required = true) int confirmedCount,

            @Schema(description = "Places restantes ; absent quand la capacité est illimitée.")
            Integer seatsLeft,

            @Schema(required = true) long waitlistCount,
            @Schema(description = "Absent : tous niveaux.") ResourceLevel level,
            @Schema(required = true) ProgrammingLanguage language,
            @Schema(required = true) List<String> topics,
            @Schema(required = true) List<Speaker> speakers,
            @Schema(required = true) boolean hasReplay,

            @Schema(description = "Mon inscription en cours (CONFIRMED ou WAITLISTED) ; absente sinon.")
            RegistrationStatus myStatus) {}

    @Schema(name = "EventView")
    public record EventView(
            @Schema(required = true) UUID id,
            @Schema(required = true) String title,
            @Schema(required = true) EventType type,
            @Schema(required = true) EventStatus status,
            @Schema(required = true) OffsetDateTime startsAt,
            @Schema(required = true) OffsetDateTime endsAt,
            String place,
            @Schema(required = true) boolean online,
            Integer capacity,
            @Schema(required = true) int confirmedCount,
            Integer seatsLeft,
            @Schema(required = true) long waitlistCount,
            ResourceLevel level,
            @Schema(required = true) ProgrammingLanguage language,
            @Schema(required = true) List<String> topics,
            @Schema(required = true) List<Speaker> speakers,
            @Schema(required = true) boolean hasReplay,
            RegistrationStatus myStatus,

            @Schema(required = true, description = "En Markdown.")
            String description,

            @Schema(required = true, description = "La description rendue en HTML sûr.")
            String descriptionHtml,

            @Schema(description = "Le lien de la visioconférence : pour les inscrits confirmés et les organisateurs.")
            String onlineUrl,

            String replayUrl,
            String slidesUrl,
            String cancellationReason,
            EventDtos.Linked project,
            EventDtos.Linked path,
            MyRegistration myRegistration,

            @Schema(required = true, description = "Je peux modifier l'événement (animateur ou administrateur).")
            boolean canEdit,

            @Schema(required = true, description = "On peut s'inscrire : prévu, pas encore commencé.")
            boolean registrationOpen,

            @Schema(required = true) OffsetDateTime createdAt,
            @Schema(required = true) OffsetDateTime updatedAt) {}

    @Schema(name = "MyEventRegistration", description = "Un événement auquel je suis inscrit·e, et mon inscription.")
    public record MyEventRegistration(
            @Schema(required = true) EventSummary event,
            @Schema(required = true) MyRegistration registration) {}

    @Schema(name = "Registrant", description = "Un inscrit à un événement, pour les organisateurs.")
    public record Registrant(
            @Schema(required = true) UUID memberId,

            @Schema(required = true, example = "Élodie Martin")
            String displayName,

            @Schema(description = "Le nom de son organisation.", example = "Insee")
            String organization,

            @Schema(required = true) RegistrationStatus status,

            @Schema(description = "Sa place sur la liste d'attente ; absente sinon.")
            Integer position,

            @Schema(required = true) OffsetDateTime registeredAt,
            @Schema(required = true) boolean attended) {}
}
