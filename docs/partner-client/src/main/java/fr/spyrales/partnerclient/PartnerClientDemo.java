package fr.spyrales.partnerclient;

import fr.spyrales.client.ApiClient;
import fr.spyrales.client.ApiException;
import fr.spyrales.client.api.BibliothqueApi;
import fr.spyrales.client.api.ClientsPartenairesApi;
import fr.spyrales.client.api.VnementsApi;
import fr.spyrales.client.model.EventSummary;
import fr.spyrales.client.model.PageResponseEventSummary;
import fr.spyrales.client.model.PartnerToken;
import fr.spyrales.client.model.ResourceSearchPage;

/**
 * What a partner administration writes with the client generated from openapi.yaml: a token by the client
 * credentials grant, then the upcoming events and the library, through the generated API classes only.
 *
 * <p>Reads SPYRALES_BASE_URL, SPYRALES_CLIENT_ID and SPYRALES_CLIENT_SECRET from the environment; its arguments, if
 * any, are search words for both lists. Prints one line per event and resource, and a last line
 * "events=N resources=M" (the end-to-end test reads it); exits with 1 on any refusal, printing the status and the
 * problem.
 */
public final class PartnerClientDemo {
    private PartnerClientDemo() {}

    public static void main(String[] args) {
        String baseUrl = required("SPYRALES_BASE_URL");
        String clientId = required("SPYRALES_CLIENT_ID");
        String clientSecret = required("SPYRALES_CLIENT_SECRET");
        String search = args.length == 0 ? null : String.join(" ", args);
        try {
            ApiClient api = new ApiClient();
            api.updateBaseUri(baseUrl);

            // RFC 6749 §4.4, the client authenticated by the form's client_id and client_secret.
            PartnerToken token = new ClientsPartenairesApi(api)
                    .getPartnerToken("client_credentials", "events:read resources:read", clientId, clientSecret);
            System.out.println("token: " + token.getTokenType() + ", " + token.getExpiresIn() + " s, scopes "
                    + token.getScope());

            // The native library sends no credentials by itself: every later call carries the bearer token.
            api.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token.getAccessToken()));

            PageResponseEventSummary events = new VnementsApi(api).listEvents(null, null, null, 0, search, 20, null, null, null);
            for (EventSummary event : events.getItems()) {
                System.out.println("event: " + event.getTitle() + " (" + event.getStartsAt() + ")");
            }
            ResourceSearchPage resources =
                    new BibliothqueApi(api).searchResources(null, null, null, null, 0, null, search, 20, null, null, null);
            resources.getItems().forEach(resource -> System.out.println("resource: " + resource.getTitle()));

            System.out.println("events=" + events.getTotal() + " resources=" + resources.getTotal());
        } catch (ApiException e) {
            System.err.println("refused: HTTP " + e.getCode() + " " + e.getResponseBody());
            System.exit(1);
        }
    }

    private static String required(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            System.err.println("Set " + name + " (see docs/partners.md).");
            System.exit(2);
        }
        return value;
    }
}
