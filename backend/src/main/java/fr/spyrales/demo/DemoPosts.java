package fr.spyrales.demo;

import static fr.spyrales.demo.DemoTrack.DATA_SCIENCE;
import static fr.spyrales.demo.DemoTrack.DEVELOPMENT;
import static fr.spyrales.demo.DemoTrack.GEOMATICS;
import static fr.spyrales.demo.DemoTrack.OFFICE;
import static fr.spyrales.demo.DemoTrack.STATISTICS;
import static fr.spyrales.member.Category.A;
import static fr.spyrales.member.Category.B;
import static fr.spyrales.member.Category.C;
import static fr.spyrales.member.ServiceType.ADMINISTRATION_CENTRALE;
import static fr.spyrales.member.ServiceType.COLLECTIVITE;
import static fr.spyrales.member.ServiceType.OPERATEUR;
import static fr.spyrales.member.ServiceType.SERVICES_DECONCENTRES;

import fr.spyrales.member.Category;
import fr.spyrales.member.ServiceType;
import java.util.List;
import java.util.Set;

/** Where the demo agents work: the seeded organisations, weighted by their share of the community. */
final class DemoPosts {
    /** A job title, masculine and feminine, with its civil-service category and line of work. */
    record Job(String masculine, String feminine, Category category, DemoTrack track) {
        String title(boolean feminine) {
            return feminine ? this.feminine : masculine;
        }
    }

    /**
     * An organisation (acronym, or name when it has none) and the jobs found there. {@code region}
     * is a region code, or {@link #NETWORK} for a body with offices all over the country.
     */
    record Post(
            String organization,
            String domain,
            String tchap,
            ServiceType serviceType,
            String region,
            int weight,
            List<Job> jobs) {
        /** Away from the head office, a ministry or directorate works through its local services. */
        ServiceType serviceTypeIn(String regionCode) {
            return serviceType == ADMINISTRATION_CENTRALE && !regionCode.equals(HEAD_OFFICE)
                    ? SERVICES_DECONCENTRES
                    : serviceType;
        }
    }

    static final String NETWORK = "*";
    static final String HEAD_OFFICE = "IDF";

    static final Job STATISTICAL_OFFICER =
            new Job("Chargé d'études statistiques", "Chargée d'études statistiques", A, STATISTICS);
    static final Job STATISTICIAN = new Job("Attaché statisticien", "Attachée statisticienne", A, STATISTICS);
    static final Job ECONOMIST = new Job("Économiste", "Économiste", A, STATISTICS);
    static final Job INSEE_CONTROLLER = new Job("Contrôleur de l'Insee", "Contrôleuse de l'Insee", B, STATISTICS);
    static final Job EPIDEMIOLOGIST = new Job("Épidémiologiste", "Épidémiologiste", A, STATISTICS);
    static final Job CNRS_ENGINEER = new Job("Ingénieur d'études CNRS", "Ingénieure d'études CNRS", A, STATISTICS);
    static final Job STUDY_ENGINEER = new Job("Ingénieur d'études", "Ingénieure d'études", A, STATISTICS);
    static final Job RESEARCH_TECHNICIAN =
            new Job("Technicien de recherche", "Technicienne de recherche", B, STATISTICS);
    static final Job DATA_SCIENTIST = new Job("Data scientist", "Data scientist", A, DATA_SCIENCE);
    static final Job DATA_PROJECT_LEAD = new Job("Chef de projet data", "Cheffe de projet data", A, DATA_SCIENCE);
    static final Job DATA_OFFICER = new Job("Chargé de mission données", "Chargée de mission données", A, DATA_SCIENCE);
    static final Job RESEARCH_ENGINEER = new Job("Ingénieur de recherche", "Ingénieure de recherche", A, DATA_SCIENCE);
    static final Job TAX_INSPECTOR =
            new Job("Inspecteur des finances publiques", "Inspectrice des finances publiques", A, DATA_SCIENCE);
    static final Job FORECASTER = new Job(
            "Ingénieur des travaux de la météorologie", "Ingénieure des travaux de la météorologie", A, DATA_SCIENCE);
    static final Job DEVELOPER = new Job("Développeur", "Développeuse", A, DEVELOPMENT);
    static final Job ASSISTANT_ENGINEER = new Job("Assistant ingénieur", "Assistante ingénieure", B, DEVELOPMENT);
    static final Job GIS_ANALYST = new Job("Géomaticien", "Géomaticienne", A, GEOMATICS);
    static final Job GIS_TECHNICIAN = new Job(
            "Technicien supérieur du développement durable",
            "Technicienne supérieure du développement durable",
            B,
            GEOMATICS);
    static final Job HEAD_OF_UNIT = new Job("Chef de bureau", "Cheffe de bureau", A, OFFICE);
    static final Job ADMINISTRATIVE_ATTACHE =
            new Job("Attaché d'administration", "Attachée d'administration", A, OFFICE);
    static final Job HR_OFFICER = new Job("Gestionnaire RH", "Gestionnaire RH", B, OFFICE);
    static final Job ADMINISTRATIVE_SECRETARY =
            new Job("Secrétaire administratif", "Secrétaire administrative", B, OFFICE);
    static final Job TAX_CONTROLLER =
            new Job("Contrôleur des finances publiques", "Contrôleuse des finances publiques", B, OFFICE);
    static final Job CLERK = new Job("Greffier", "Greffière", B, OFFICE);
    static final Job EMPLOYMENT_ADVISER = new Job("Conseiller à l'emploi", "Conseillère à l'emploi", B, OFFICE);
    static final Job ADMINISTRATIVE_ASSISTANT = new Job("Adjoint administratif", "Adjointe administrative", C, OFFICE);
    static final Job TAX_AGENT = new Job(
            "Agent administratif des finances publiques", "Agente administrative des finances publiques", C, OFFICE);

    /** Titles that imply mastery: newcomers looking for a mentor do not hold them. */
    static final Set<Job> EXPERT_JOBS = Set.of(DATA_SCIENTIST, DATA_PROJECT_LEAD, DEVELOPER);

    static final List<Post> ALL = List.of(
            // Économie et Finances
            new Post(
                    "INSEE",
                    "insee.fr",
                    "finances",
                    OPERATEUR,
                    NETWORK,
                    12,
                    List.of(
                            STATISTICAL_OFFICER,
                            STATISTICIAN,
                            INSEE_CONTROLLER,
                            DATA_SCIENTIST,
                            DEVELOPER,
                            HR_OFFICER,
                            ADMINISTRATIVE_ASSISTANT)),
            new Post(
                    "DGFiP",
                    "dgfip.finances.gouv.fr",
                    "finances",
                    ADMINISTRATION_CENTRALE,
                    NETWORK,
                    7,
                    List.of(TAX_CONTROLLER, TAX_INSPECTOR, DATA_SCIENTIST, DEVELOPER, TAX_AGENT)),
            new Post(
                    "DGE",
                    "finances.gouv.fr",
                    "finances",
                    ADMINISTRATION_CENTRALE,
                    HEAD_OFFICE,
                    2,
                    List.of(ECONOMIST, DATA_OFFICER, HEAD_OF_UNIT)),
            new Post(
                    "IGF",
                    "igf.finances.gouv.fr",
                    "finances",
                    ADMINISTRATION_CENTRALE,
                    HEAD_OFFICE,
                    1,
                    List.of(DATA_SCIENTIST)),
            new Post(
                    "DG Trésor",
                    "dgtresor.gouv.fr",
                    "finances",
                    ADMINISTRATION_CENTRALE,
                    HEAD_OFFICE,
                    2,
                    List.of(ECONOMIST, STATISTICIAN)),
            new Post(
                    "DGDDI",
                    "douane.finances.gouv.fr",
                    "finances",
                    ADMINISTRATION_CENTRALE,
                    NETWORK,
                    1,
                    List.of(DATA_OFFICER, ADMINISTRATIVE_SECRETARY)),
            new Post(
                    "MEFSIN",
                    "finances.gouv.fr",
                    "finances",
                    ADMINISTRATION_CENTRALE,
                    HEAD_OFFICE,
                    2,
                    List.of(HEAD_OF_UNIT, HR_OFFICER, ADMINISTRATIVE_ASSISTANT)),
            // Justice
            new Post(
                    "SDSE",
                    "justice.gouv.fr",
                    "justice",
                    ADMINISTRATION_CENTRALE,
                    HEAD_OFFICE,
                    4,
                    List.of(STATISTICAL_OFFICER, STATISTICIAN, INSEE_CONTROLLER, DATA_SCIENTIST)),
            new Post(
                    "MJ",
                    "justice.gouv.fr",
                    "justice",
                    ADMINISTRATION_CENTRALE,
                    NETWORK,
                    2,
                    List.of(ADMINISTRATIVE_ATTACHE, CLERK, ADMINISTRATIVE_ASSISTANT)),
            new Post(
                    "DAP",
                    "justice.gouv.fr",
                    "justice",
                    ADMINISTRATION_CENTRALE,
                    HEAD_OFFICE,
                    1,
                    List.of(DATA_OFFICER, ADMINISTRATIVE_SECRETARY)),
            // Intérieur
            new Post(
                    "SSMSI",
                    "interieur.gouv.fr",
                    "interieur",
                    ADMINISTRATION_CENTRALE,
                    HEAD_OFFICE,
                    4,
                    List.of(STATISTICAL_OFFICER, STATISTICIAN, DATA_SCIENTIST)),
            new Post(
                    "MI",
                    "interieur.gouv.fr",
                    "interieur",
                    ADMINISTRATION_CENTRALE,
                    HEAD_OFFICE,
                    2,
                    List.of(DEVELOPER, ADMINISTRATIVE_ATTACHE, ADMINISTRATIVE_SECRETARY)),
            new Post(
                    "DGEF",
                    "interieur.gouv.fr",
                    "interieur",
                    ADMINISTRATION_CENTRALE,
                    HEAD_OFFICE,
                    1,
                    List.of(STATISTICAL_OFFICER)),
            new Post(
                    "Préfecture de région Occitanie",
                    "interieur.gouv.fr",
                    "interieur",
                    SERVICES_DECONCENTRES,
                    "OCC",
                    1,
                    List.of(DATA_OFFICER, ADMINISTRATIVE_SECRETARY, ADMINISTRATIVE_ASSISTANT)),
            new Post(
                    "Préfecture de région Bretagne",
                    "interieur.gouv.fr",
                    "interieur",
                    SERVICES_DECONCENTRES,
                    "BRE",
                    1,
                    List.of(DATA_OFFICER, ADMINISTRATIVE_SECRETARY, ADMINISTRATIVE_ASSISTANT)),
            // Transition écologique
            new Post(
                    "SDES",
                    "developpement-durable.gouv.fr",
                    "dev-durable",
                    ADMINISTRATION_CENTRALE,
                    HEAD_OFFICE,
                    5,
                    List.of(STATISTICAL_OFFICER, STATISTICIAN, DATA_SCIENTIST, GIS_ANALYST)),
            new Post(
                    "CGDD",
                    "developpement-durable.gouv.fr",
                    "dev-durable",
                    ADMINISTRATION_CENTRALE,
                    HEAD_OFFICE,
                    1,
                    List.of(ECONOMIST, HEAD_OF_UNIT)),
            new Post(
                    "DREAL ARA",
                    "developpement-durable.gouv.fr",
                    "dev-durable",
                    SERVICES_DECONCENTRES,
                    "ARA",
                    2,
                    List.of(GIS_ANALYST, GIS_TECHNICIAN, ADMINISTRATIVE_ASSISTANT)),
            new Post(
                    "DREAL HdF",
                    "developpement-durable.gouv.fr",
                    "dev-durable",
                    SERVICES_DECONCENTRES,
                    "HDF",
                    2,
                    List.of(GIS_ANALYST, GIS_TECHNICIAN, ADMINISTRATIVE_ASSISTANT)),
            new Post(
                    "Cerema",
                    "cerema.fr",
                    "dev-durable",
                    OPERATEUR,
                    NETWORK,
                    1,
                    List.of(GIS_ANALYST, GIS_TECHNICIAN, DATA_SCIENTIST)),
            new Post("IGN", "ign.fr", "dev-durable", OPERATEUR, HEAD_OFFICE, 1, List.of(GIS_ANALYST, DEVELOPER)),
            new Post("Météo-France", "meteo.fr", "dev-durable", OPERATEUR, "OCC", 1, List.of(FORECASTER)),
            // Research
            new Post(
                    "CNRS",
                    "cnrs.fr",
                    "esr",
                    OPERATEUR,
                    NETWORK,
                    6,
                    List.of(
                            CNRS_ENGINEER,
                            RESEARCH_ENGINEER,
                            RESEARCH_TECHNICIAN,
                            ASSISTANT_ENGINEER,
                            ADMINISTRATIVE_ASSISTANT)),
            new Post("INED", "ined.fr", "esr", OPERATEUR, HEAD_OFFICE, 1, List.of(STUDY_ENGINEER)),
            new Post(
                    "INRAE",
                    "inrae.fr",
                    "agriculture",
                    OPERATEUR,
                    NETWORK,
                    1,
                    List.of(RESEARCH_ENGINEER, RESEARCH_TECHNICIAN)),
            // Travail, Santé et Solidarités
            new Post(
                    "France Travail",
                    "francetravail.fr",
                    "social",
                    OPERATEUR,
                    NETWORK,
                    7,
                    List.of(EMPLOYMENT_ADVISER, STATISTICAL_OFFICER, DATA_SCIENTIST, DEVELOPER, HR_OFFICER)),
            new Post(
                    "DARES",
                    "travail.gouv.fr",
                    "social",
                    ADMINISTRATION_CENTRALE,
                    HEAD_OFFICE,
                    3,
                    List.of(STATISTICAL_OFFICER, STATISTICIAN, ECONOMIST)),
            new Post(
                    "DRIEETS",
                    "drieets.gouv.fr",
                    "social",
                    SERVICES_DECONCENTRES,
                    HEAD_OFFICE,
                    1,
                    List.of(STATISTICAL_OFFICER, ADMINISTRATIVE_SECRETARY)),
            new Post(
                    "DREES",
                    "sante.gouv.fr",
                    "social",
                    ADMINISTRATION_CENTRALE,
                    HEAD_OFFICE,
                    3,
                    List.of(STATISTICAL_OFFICER, STATISTICIAN, DATA_SCIENTIST)),
            new Post(
                    "SpF",
                    "santepubliquefrance.fr",
                    "social",
                    OPERATEUR,
                    HEAD_OFFICE,
                    2,
                    List.of(EPIDEMIOLOGIST, DATA_SCIENTIST)),
            new Post("ARS NA", "ars.sante.fr", "social", OPERATEUR, "NAQ", 1, List.of(STATISTICAL_OFFICER, HR_OFFICER)),
            // Other ministries
            new Post(
                    "DEPP",
                    "education.gouv.fr",
                    "education",
                    ADMINISTRATION_CENTRALE,
                    HEAD_OFFICE,
                    2,
                    List.of(STATISTICAL_OFFICER, STATISTICIAN)),
            new Post(
                    "Rectorat de l'académie de Lyon",
                    "ac-lyon.fr",
                    "education",
                    SERVICES_DECONCENTRES,
                    "ARA",
                    1,
                    List.of(STATISTICAL_OFFICER, ADMINISTRATIVE_SECRETARY, ADMINISTRATIVE_ASSISTANT)),
            new Post(
                    "SSP",
                    "agriculture.gouv.fr",
                    "agriculture",
                    ADMINISTRATION_CENTRALE,
                    HEAD_OFFICE,
                    2,
                    List.of(STATISTICAL_OFFICER, INSEE_CONTROLLER)),
            new Post(
                    "DINUM",
                    "numerique.gouv.fr",
                    "dinum",
                    ADMINISTRATION_CENTRALE,
                    HEAD_OFFICE,
                    2,
                    List.of(DATA_PROJECT_LEAD, DEVELOPER)),
            new Post(
                    "DEPS",
                    "culture.gouv.fr",
                    "culture",
                    ADMINISTRATION_CENTRALE,
                    HEAD_OFFICE,
                    1,
                    List.of(STATISTICAL_OFFICER)),
            new Post(
                    "OED", "intradef.gouv.fr", "intradef", ADMINISTRATION_CENTRALE, HEAD_OFFICE, 1, List.of(ECONOMIST)),
            // Local authorities
            new Post(
                    "Région Occitanie",
                    "laregion.fr",
                    "collectivites",
                    COLLECTIVITE,
                    "OCC",
                    1,
                    List.of(DATA_OFFICER, HR_OFFICER)),
            new Post(
                    "Département de la Gironde",
                    "gironde.fr",
                    "collectivites",
                    COLLECTIVITE,
                    "NAQ",
                    1,
                    List.of(DATA_OFFICER, ADMINISTRATIVE_ASSISTANT)),
            new Post(
                    "Ville de Rennes",
                    "ville-rennes.fr",
                    "collectivites",
                    COLLECTIVITE,
                    "BRE",
                    1,
                    List.of(GIS_ANALYST)),
            new Post(
                    "MEL",
                    "lillemetropole.fr",
                    "collectivites",
                    COLLECTIVITE,
                    "HDF",
                    1,
                    List.of(GIS_ANALYST, DATA_OFFICER)));

    private DemoPosts() {}
}
