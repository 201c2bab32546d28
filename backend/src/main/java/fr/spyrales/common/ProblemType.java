package fr.spyrales.common;

import jakarta.ws.rs.core.Response.Status;

/** The kinds of problem the API reports, each with its HTTP status and French title. */
public enum ProblemType {
    MALFORMED_REQUEST(Status.BAD_REQUEST, "Requête mal formée"),
    VALIDATION(Status.BAD_REQUEST, "Requête invalide"),
    INVALID_TOKEN(Status.BAD_REQUEST, "Lien invalide ou expiré"),
    UNAUTHENTICATED(Status.UNAUTHORIZED, "Authentification requise"),
    INVALID_CREDENTIALS(Status.UNAUTHORIZED, "Identifiants incorrects"),
    FORBIDDEN(Status.FORBIDDEN, "Action non autorisée"),
    EMAIL_NOT_VERIFIED(Status.FORBIDDEN, "Adresse e-mail non confirmée"),
    NOT_FOUND(Status.NOT_FOUND, "Ressource introuvable"),
    METHOD_NOT_ALLOWED(Status.METHOD_NOT_ALLOWED, "Méthode non autorisée"),
    NOT_ACCEPTABLE(Status.NOT_ACCEPTABLE, "Format de réponse non disponible"),
    UNSUPPORTED_MEDIA_TYPE(Status.UNSUPPORTED_MEDIA_TYPE, "Format de requête non pris en charge"),
    PAYLOAD_TOO_LARGE(Status.REQUEST_ENTITY_TOO_LARGE, "Requête trop volumineuse"),
    CONFLICT(Status.CONFLICT, "Conflit avec l'état actuel"),
    BUSINESS_RULE(422, "Règle métier non respectée"),
    EMAIL_DOMAIN_NOT_ALLOWED(422, "Adresse e-mail non acceptée"),
    OPEN_DATA_ONLY(422, "Données ouvertes uniquement"),
    TOO_MANY_REQUESTS(Status.TOO_MANY_REQUESTS, "Trop de tentatives"),
    INTERNAL(Status.INTERNAL_SERVER_ERROR, "Erreur interne"),
    UPSTREAM_UNAVAILABLE(Status.SERVICE_UNAVAILABLE, "Service extérieur indisponible");

    private final int status;
    private final String title;

    ProblemType(Status status, String title) {
        this(status.getStatusCode(), title);
    }

    ProblemType(int status, String title) {
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String uri() {
        return "urn:spyrales:problem:" + name().toLowerCase().replace('_', '-');
    }
}
