package fr.spyrales.event;

import fr.spyrales.common.PageQuery;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The registrants list: every registration, or those of one status. */
public class RegistrantQuery extends PageQuery {
    @QueryParam("status")
    @Parameter(
            description = "Seulement les inscriptions dans cet état ; par défaut toutes : les confirmées, puis la liste"
                    + " d'attente dans l'ordre, puis les annulées.")
    public RegistrationStatus status;
}
