package fr.spyrales.partner.oauth;

import fr.spyrales.partner.oauth.OAuthDtos.ErrorResponse;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The token endpoint's refusals as RFC 6749 §5.2 JSON; invalid_client also says how to authenticate (401). */
public class OAuthErrorMapper {
    @ServerExceptionMapper
    public Response oauth(OAuthError e) {
        Response.ResponseBuilder response = Response.status(e.status())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .header("Cache-Control", "no-store")
                .header("Pragma", "no-cache")
                .entity(new ErrorResponse(e.code(), e.getMessage()));
        if (e.status() == 401) {
            response.header("WWW-Authenticate", "Basic realm=\"spyrales\", charset=\"UTF-8\"");
        }
        return response.build();
    }
}
