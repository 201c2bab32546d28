package fr.spyrales.common;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address members open Spyrales at, `spyrales.public-url` (SPYRALES_PUBLIC_URL): links in mails start
 * with it, and a localhost address marks a local trial. Read here only, its trailing slashes stripped.
 */
@ApplicationScoped
public class PublicUrl {
    static final String KEY = "spyrales.public-url";

    private final String base;

    PublicUrl(@ConfigProperty(name = KEY) String configured) {
        this.base = configured.replaceAll("/+$", "");
    }

    /** The same value, from a configuration built by hand (startup checks and their tests). */
    public static PublicUrl from(Config config) {
        return new PublicUrl(config.getValue(KEY, String.class));
    }

    /** For instance {@code https://spyrales.fr}, without a trailing slash. */
    public String base() {
        return base;
    }

    /** @param path from the root, with its leading slash: {@code /profil} */
    public String link(String path) {
        return base + path;
    }

    @Override
    public String toString() {
        return base;
    }
}
