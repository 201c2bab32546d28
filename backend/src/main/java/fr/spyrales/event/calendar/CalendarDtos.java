package fr.spyrales.event.calendar;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the calendar endpoints answer in JSON. */
public final class CalendarDtos {
    private CalendarDtos() {}

    @Schema(
            name = "CalendarFeedStatus",
            description = "Mon agenda personnel : actif ou non. L'adresse secrète n'est jamais redonnée ; "
                    + "pour l'obtenir de nouveau, il faut la régénérer.")
    public record CalendarFeedStatus(
            @Schema(required = true) boolean active,

            @Schema(description = "Quand l'adresse actuelle a été créée ; absent si inactif")
            OffsetDateTime createdAt) {}

    @Schema(
            name = "CalendarFeedAddress",
            description =
                    "L'adresse secrète de mon agenda, à coller dans Thunderbird, Outlook ou le calendrier du "
                            + "téléphone (« s'abonner à un agenda »). Montrée cette seule fois ; l'ancienne adresse ne marche plus.")
    public record CalendarFeedAddress(
            @Schema(required = true, format = "uri") String url,
            @Schema(required = true) OffsetDateTime createdAt) {}
}
