package fr.spyrales.opendata;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;

/** The open-data guard (SPYRALES_OPENDATA_*): where data.gouv.fr answers, and which licences count as open. */
@ConfigMapping(prefix = "spyrales.opendata")
public interface OpenDataConfig {
    DataGouv datagouv();

    /**
     * The licences a member may choose for a dataset published outside data.gouv.fr, by data.gouv.fr's licence
     * ids (SPYRALES_OPENDATA_OUTSIDE_LICENCES, comma separated). Such a dataset still waits for an animateur.
     */
    @WithDefault("lov2,fr-lo,odc-odbl,odc-by,odc-pddl,cc-by,cc-by-sa,cc-zero")
    List<String> outsideLicences();

    /** The data.gouv.fr API, read without a key. */
    interface DataGouv {
        /** The site's address, without the /api/1 part (SPYRALES_OPENDATA_DATAGOUV_BASE_URL); tests point it to a stub. */
        @WithDefault("https://www.data.gouv.fr")
        String baseUrl();

        /** The longest wait to open a connection. */
        @WithDefault("3s")
        Duration connectTimeout();

        /** The longest wait for an answer once connected; each of the few retries waits as long again. */
        @WithDefault("5s")
        Duration readTimeout();

        /** How long the licence list is kept before it is asked again (it changes a few times a year). */
        @WithDefault("6h")
        Duration licencesKeptFor();
    }
}
