package fr.spyrales.training.path;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Until the library's own enum is merged (training.library): the contract's values. */
@Schema(name = "ResourceType")
public enum ResourceType {
    COURSE,
    TUTORIAL,
    VIDEO,
    BOOK,
    NOTEBOOK,
    EXERCISE,
    DOCUMENTATION,
    TOOL
}
