package fr.spyrales.animation;

import fr.spyrales.common.ApiException;
import fr.spyrales.common.PageQuery;
import fr.spyrales.mentorship.MentorshipStatus;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Filters of the list of all pairings (and of its export). */
public class PairingQuery extends PageQuery {
    private static final String DATE = "\\d{4}-\\d{2}-\\d{2}";
    private static final String DATE_FORMAT = "Date attendue au format AAAA-MM-JJ.";

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
    @Pattern(regexp = DATE, message = DATE_FORMAT)
    @Parameter(description = "Commencés ce jour-là ou après (AAAA-MM-JJ).", example = "2026-01-01")
    public String startedFrom;

    @QueryParam("startedTo")
    @Pattern(regexp = DATE, message = DATE_FORMAT)
    @Parameter(description = "Commencés ce jour-là ou avant (AAAA-MM-JJ).", example = "2026-12-31")
    public String startedTo;

    PairingFilter filter() {
        LocalDate from = date("startedFrom", startedFrom);
        LocalDate to = date("startedTo", startedTo);
        if (from != null && to != null && to.isBefore(from)) {
            throw ApiException.invalidField("startedTo", "La fin de la période précède son début.");
        }
        return new PairingFilter(status, organization, region == null || region.isBlank() ? null : region, from, to);
    }

    private static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeException e) {
            throw ApiException.invalidField(field, DATE_FORMAT);
        }
    }
}
