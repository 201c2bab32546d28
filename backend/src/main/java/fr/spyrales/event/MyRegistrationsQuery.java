package fr.spyrales.event;

import fr.spyrales.common.PageQuery;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** « Mes inscriptions »: upcoming or past. */
public class MyRegistrationsQuery extends PageQuery {
    @QueryParam("when")
    @DefaultValue("UPCOMING")
    @Parameter(description = "À venir (par défaut) ou passés.")
    public EventPeriod when;
}
