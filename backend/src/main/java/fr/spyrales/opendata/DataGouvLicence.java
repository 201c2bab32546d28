package fr.spyrales.opendata;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** One entry of data.gouv.fr's licence list; {@code okdCompliant} marks the licences it counts as open. */
@JsonIgnoreProperties(ignoreUnknown = true)
record DataGouvLicence(
        String id,
        String title,
        @JsonProperty("okd_compliant") boolean okdCompliant) {}
