package fr.spyrales.opendata;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What the guard reads of a data.gouv.fr dataset (the API sends many more fields). {@code lastModified} stays the
 * text data.gouv.fr sends: a date in an unexpected shape must not turn a found dataset into an outage.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record DataGouvDataset(
        String id,
        String title,
        String page,
        String license,
        Organization organization,
        @JsonProperty("private") boolean isPrivate,
        String deleted,
        String archived,
        @JsonProperty("last_modified") String lastModified) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Organization(String id, String name) {}
}
