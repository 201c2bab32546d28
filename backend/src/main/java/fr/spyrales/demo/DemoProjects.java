package fr.spyrales.demo;

import fr.spyrales.member.Member;
import fr.spyrales.project.ProjectAccess.Viewer;
import fr.spyrales.project.ProjectDatasets;
import fr.spyrales.project.ProjectDtos.JoinRequestCreate;
import fr.spyrales.project.ProjectDtos.ProjectCreate;
import fr.spyrales.project.ProjectDtos.ProjectUpdate;
import fr.spyrales.project.ProjectDtos.SkillSought;
import fr.spyrales.project.ProjectEditing;
import fr.spyrales.project.ProjectLanguages;
import fr.spyrales.project.ProjectStatus;
import fr.spyrales.project.ProjectTeam;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/**
 * The demo's shared projects, made through the same services as the API's (so every rule holds and the leads get
 * their notifications): the COVID-19 project the community started with, and four others at various states.
 */
@ApplicationScoped
class DemoProjects {
    private final ProjectEditing editing;
    private final ProjectTeam team;
    private final ProjectDatasets datasets;

    DemoProjects(ProjectEditing editing, ProjectTeam team, ProjectDatasets datasets) {
        this.editing = editing;
        this.team = team;
        this.datasets = datasets;
    }

    /** Creates the projects; {@code cast} holds demo agents other than the named logins (at least twelve). */
    int load(DemoCast cast) {
        covid(cast);
        justice(cast);
        energy(cast);
        elections(cast);
        fuelPrices(cast);
        return 5;
    }

    private void covid(DemoCast cast) {
        UUID lead = cast.claire();
        UUID id = create(
                lead,
                "Suivi de l'épidémie de COVID-19 avec les données de Santé publique France",
                "Des tableaux de bord hebdomadaires des hospitalisations, réanimations et décès, par département.",
                """
                ## Objectif

                Reproduire, puis enrichir, les graphiques de suivi de l'épidémie publiés par Santé publique France, \
                à partir des **données hospitalières** ouvertes sur data.gouv.fr.

                ## Comment nous travaillons

                - un script R (tidyverse) et un notebook Python font la même chose : chacun choisit son langage ;
                - une revue de code par semaine, en visio, le jeudi à 12 h 30 ;
                - les débutants commencent par les graphiques nationaux, puis passent aux cartes départementales.

                > Projet né pendant le confinement du printemps 2020, dans le salon Tchap de la communauté.
                """,
                List.of("santé", "épidémiologie", "visualisation", "séries temporelles"),
                ProjectLanguages.BOTH,
                true,
                ProjectStatus.IN_PROGRESS,
                "https://github.com/spyrales/suivi-covid19",
                "https://tchap.gouv.fr/#/room/#spyrales-suivi-covid:agent.finances.tchap.gouv.fr",
                8,
                List.of(new SkillSought("r", 2), new SkillSought("python", 2), new SkillSought("dataviz", 2)));
        datasets.declareChecked(id, DemoDatasets.covidHospital(), lead);
        join(id, lead, cast.karim(), "Je peux m'occuper de la version Python et des cartes départementales.");
        join(id, lead, cast.agent(0), "Je débute en R et j'aimerais apprendre sur des données réelles.");
        join(
                id,
                lead,
                cast.agent(1),
                "J'ai fait les graphiques nationaux dans un tableur, je voudrais les refaire en R.");
        team.promote(id, cast.karim(), lead);
        ask(id, cast.agent(2), "Bonjour, je travaille sur les données de santé en région : puis-je vous rejoindre ?");
    }

    private void justice(DemoCast cast) {
        UUID lead = cast.agent(3);
        UUID id = create(
                lead,
                "Délais de jugement des tribunaux judiciaires",
                "Comparer les délais moyens des affaires civiles et pénales d'une juridiction à l'autre.",
                """
                Les chiffres clés de la Justice donnent, chaque année, les délais moyens de traitement. Nous voulons \
                les mettre en série depuis 2015 et les représenter **par cour d'appel**.

                Projet idéal pour une première contribution : les tableaux sont petits et bien documentés.
                """,
                List.of("justice", "statistiques publiques"),
                ProjectLanguages.R,
                true,
                ProjectStatus.RECRUITING,
                null,
                null,
                5,
                List.of(new SkillSought("r", 1), new SkillSought("statistiques", 2)));
        datasets.add(id, lead, DemoDatasets.justiceKeyFigures());
        join(id, lead, cast.agent(4), "Je connais bien les statistiques pénales, je peux relire les résultats.");
    }

    private void energy(DemoCast cast) {
        UUID lead = cast.karim();
        UUID id = create(
                lead,
                "Consommation d'électricité et de gaz à la commune",
                "Cartographier la consommation d'énergie des communes et son évolution depuis 2011.",
                """
                À partir des données de l'Agence ORE, nous construisons une carte interactive (geopandas, folium) \
                de la consommation **par habitant** et par secteur.
                """,
                List.of("énergie", "cartographie", "environnement"),
                ProjectLanguages.PYTHON,
                false,
                ProjectStatus.IN_PROGRESS,
                null,
                null,
                null,
                List.of(
                        new SkillSought("python", 3),
                        new SkillSought("cartographie", 2),
                        new SkillSought("pandas", 2)));
        datasets.add(id, lead, DemoDatasets.electricityByCommune());
        join(id, lead, cast.agent(5), "Je fais de la géomatique au quotidien, je peux préparer les fonds de carte.");
        join(id, lead, cast.agent(6), "Je peux écrire les jointures avec le code officiel géographique.");
    }

    private void elections(DemoCast cast) {
        UUID lead = cast.agent(7);
        UUID id = create(
                lead,
                "Cartographier la participation aux élections",
                "Une carte de l'abstention par bureau de vote, et ce qui l'explique.",
                """
                Idée à construire ensemble : relier les résultats par bureau de vote aux caractéristiques des \
                communes (âge, revenus, ruralité) publiées par l'Insee.
                """,
                List.of("élections", "cartographie"),
                ProjectLanguages.R,
                true,
                ProjectStatus.IDEA,
                null,
                null,
                null,
                List.of(new SkillSought("r", 2), new SkillSought("cartographie", 1)));
        datasets.add(id, lead, DemoDatasets.electionResults());
    }

    private void fuelPrices(DemoCast cast) {
        UUID lead = cast.agent(8);
        UUID id = create(
                lead,
                "Prix des carburants pendant la crise de 2022",
                "Comment les prix à la pompe ont suivi le cours du pétrole, station par station.",
                """
                Projet terminé : le notebook final et la note de synthèse sont dans le dépôt. Il reste un bon \
                exemple de traitement de séries quotidiennes avec pandas.
                """,
                List.of("énergie", "prix", "séries temporelles"),
                ProjectLanguages.PYTHON,
                false,
                ProjectStatus.IN_PROGRESS,
                "https://github.com/spyrales/prix-carburants",
                null,
                4,
                List.of());
        join(id, lead, cast.agent(9), "Je voudrais m'exercer aux séries temporelles avec pandas.");
        editing.update(
                id,
                new Viewer(lead, false, false),
                new ProjectUpdate(null, null, null, null, null, null, ProjectStatus.DONE, null, null, null, null));
    }

    private UUID create(
            UUID lead,
            String title,
            String summary,
            String description,
            List<String> topics,
            ProjectLanguages languages,
            boolean welcomesBeginners,
            ProjectStatus status,
            String repositoryUrl,
            String tchapRoomUrl,
            Integer maxTeamSize,
            List<SkillSought> skillsSought) {
        return editing.create(
                        lead,
                        new ProjectCreate(
                                title,
                                summary,
                                description,
                                topics,
                                languages,
                                welcomesBeginners,
                                status,
                                repositoryUrl,
                                tchapRoomUrl,
                                maxTeamSize,
                                skillsSought,
                                true,
                                List.of()))
                .id();
    }

    /** A member asks to join and the lead accepts, as they would in the app. */
    private void join(UUID projectId, UUID lead, UUID member, String message) {
        UUID request = ask(projectId, member, message);
        team.accept(projectId, request, lead);
    }

    private UUID ask(UUID projectId, UUID member, String message) {
        return team.requestToJoin(projectId, member, new JoinRequestCreate(message))
                .id();
    }

    /** The named demo logins and a few demo agents, by id. */
    record DemoCast(UUID claire, UUID karim, UUID admin, List<UUID> agents) {
        UUID agent(int index) {
            return agents.get(index);
        }

        static DemoCast of(Member claire, Member karim, Member admin, List<Member> agents) {
            return new DemoCast(
                    claire.id,
                    karim.id,
                    admin.id,
                    agents.stream().map(m -> m.id).toList());
        }
    }
}
