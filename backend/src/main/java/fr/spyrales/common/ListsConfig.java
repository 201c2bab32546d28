package fr.spyrales.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Lists: how far their totals are counted exactly (README, « Lists and pagination »). */
@ConfigMapping(prefix = "spyrales.lists")
public interface ListsConfig {
    /**
     * A list counts its matches exactly up to this number; beyond it, it answers {@code total} = the cap with {@code
     * totalExact} = false (« plus de 1 000 résultats »), so a broad search never counts tens of thousands of rows.
     */
    @WithDefault("1000")
    int countCap();
}
