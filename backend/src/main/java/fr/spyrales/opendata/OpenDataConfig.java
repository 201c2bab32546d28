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

    /**
     * The checks a member may ask for per throttling window ({@code spyrales.rate-limit.window-seconds}): previews,
     * datasets added to a project or given at its creation (SPYRALES_OPENDATA_CHECKS_PER_MEMBER). Keeps anyone
     * from using Spyrales to hammer data.gouv.fr.
     */
    @WithDefault("60")
    int checksPerMember();

    Recheck recheck();

    /** data.gouv.fr is asked again about the datasets stored while it did not answer (« à vérifier »). */
    interface Recheck {
        /** How often the re-check job runs (SPYRALES_OPENDATA_RECHECK_EVERY). */
        @WithDefault("15m")
        Duration every();

        /** How many datasets one run re-checks at most, each a call to data.gouv.fr. */
        @WithDefault("20")
        int batchSize();

        /** How long after its last check a dataset is asked about again (and how long a run's claim lasts). */
        @WithDefault("10m")
        Duration after();
    }

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
