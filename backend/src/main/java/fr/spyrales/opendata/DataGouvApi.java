package fr.spyrales.opendata;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The two reads of data.gouv.fr's API v1 the guard needs; built by {@link DataGouvClient} from the configuration. */
@Path("/api/1/datasets")
@Produces(MediaType.APPLICATION_JSON)
interface DataGouvApi {
    /** A dataset by its id or its slug (both are accepted by data.gouv.fr). */
    @GET
    @Path("/{idOrSlug}/")
    DataGouvDataset dataset(@PathParam("idOrSlug") String idOrSlug);

    @GET
    @Path("/licenses/")
    List<DataGouvLicence> licences();
}
