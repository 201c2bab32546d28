package fr.spyrales.animation;

import fr.spyrales.common.DateRange;
import fr.spyrales.common.PageQuery;
import fr.spyrales.mentorship.MentorshipStatus;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Filters of the list of all pairings (and of its export). */
public class PairingQuery extends PageQuery {
    @QueryParam("status")
    @Parameter(description = "L'état du mentorat.")
    public MentorshipStatus status;

    @QueryParam("organization")
    @Parameter(description = "Identifiant d'une organisation (voir /organizations) : celle du mentoré ou du mentor.")
    public UUID organization;

    @QueryParam("region")
    @Size(max = 10, message = "Région inconnue.")
    @Parameter(description = "Code d'une région (voir /regions) : celle du mentoré ou du mentor.", example = "OCC")
    public String region;

    @QueryParam("startedFrom")
    @Pattern(regexp = DateRange.PATTERN, message = DateRange.FORMAT_MESSAGE)
    @Parameter(description = "Commencés ce jour-là ou après (AAAA-MM-JJ).", example = "2026-01-01")
    public String startedFrom;

    @QueryParam("startedTo")
    @Pattern(regexp = DateRange.PATTERN, message = DateRange.FORMAT_MESSAGE)
    @Parameter(description = "Commencés ce jour-là ou avant (AAAA-MM-JJ).", example = "2026-12-31")
    public String startedTo;

    PairingFilter filter() {
        DateRange started = DateRange.parse("startedFrom", startedFrom, "startedTo", startedTo);
        return new PairingFilter(
                status, organization, region == null || region.isBlank() ? null : region, started.from(), started.to());
    }
}
