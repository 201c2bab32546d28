package fr.spyrales.demo;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The demo community: whether to load it at start, and the password of every demo account. */
@ConfigMapping(prefix = "spyrales.demo")
public interface DemoConfig {
    boolean enabled();

    @WithDefault("Demo-Spyrales-2026")
    String password();
}
