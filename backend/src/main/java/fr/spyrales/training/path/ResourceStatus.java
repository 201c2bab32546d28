package fr.spyrales.training.path;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Until the library's own enum is merged (training.library): the contract's values. */
@Schema(name = "ResourceStatus")
public enum ResourceStatus {
    PROPOSED,
    PUBLISHED,
    REJECTED,
    WITHDRAWN
}
