package fr.spyrales.common;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The `page` and `size` query parameters shared by every list. */
public class PageQuery {
    @QueryParam("page")
    @DefaultValue("0")
    @Min(value = 0, message = "La page commence à 0.")
    // page × size must stay an int: the offset of the database query.
    @Max(value = 10_000_000, message = "Le numéro de page ne peut pas dépasser 10 000 000.")
    @Parameter(description = "Numéro de page, à partir de 0.")
    public int page;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(value = 1, message = "La taille de page doit être comprise entre 1 et 100.")
    @Max(value = 100, message = "La taille de page doit être comprise entre 1 et 100.")
    @Parameter(description = "Nombre d'éléments par page (1 à 100).")
    public int size;

    public int offset() {
        return page * size;
    }
}
