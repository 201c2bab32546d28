package fr.spyrales.training.library;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ContentLanguage", description = "Langue du contenu : français ou anglais.")
public enum ContentLanguage {
    FR,
    EN
}
