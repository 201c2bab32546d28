package fr.spyrales.member;

/** Where in the public service a member works. */
public enum ServiceType {
    ADMINISTRATION_CENTRALE,
    SERVICES_DECONCENTRES,
    OPERATEUR,
    COLLECTIVITE
}
