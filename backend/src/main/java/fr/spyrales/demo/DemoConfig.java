package fr.spyrales.demo;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The demo community, for a local trial only ({@link LocalDemo}). */
@ConfigMapping(prefix = "spyrales.demo")
public interface DemoConfig {
    /** Whether to load it at start (SPYRALES_DEMO; on in dev, which `make run` uses). Default in application.properties. */
    boolean enabled();

    /** The password of every demo account (SPYRALES_DEMO_PASSWORD), printed in the README. */
    @WithDefault("Demo-Spyrales-2026")
    String password();
}
