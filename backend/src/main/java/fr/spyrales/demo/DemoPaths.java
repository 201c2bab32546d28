package fr.spyrales.demo;

import fr.spyrales.demo.DemoLibrary.Shelf;
import fr.spyrales.demo.DemoProjects.DemoCast;
import fr.spyrales.training.library.ProgrammingLanguage;
import fr.spyrales.training.library.ResourceLevel;
import fr.spyrales.training.path.PathAccess.Viewer;
import fr.spyrales.training.path.PathDtos.PathCreate;
import fr.spyrales.training.path.PathDtos.PathStepCreate;
import fr.spyrales.training.path.PathEditing;
import fr.spyrales.training.path.PathFollowing;
import fr.spyrales.training.path.PathSteps;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The demo's two published learning paths, « Débuter avec R » by Claire and « Débuter avec Python » by Karim, built
 * on the demo library and followed by a few agents at various progress. Léa, the newcomer who wants to learn R,
 * does not follow one yet: her home page suggests « Débuter avec R ».
 */
@ApplicationScoped
class DemoPaths {
    private final PathEditing editing;
    private final PathSteps steps;
    private final PathFollowing following;

    DemoPaths(PathEditing editing, PathSteps steps, PathFollowing following) {
        this.editing = editing;
        this.steps = steps;
        this.following = following;
    }

    /** A step as the demo writes it: the resource's address, the author's note and the checkpoint. */
    private record Step(String url, String note, String checkpoint) {}

    int load(DemoCast cast, Shelf shelf) {
        List<UUID> r = path(
                new Viewer(cast.claire(), true),
                new PathCreate(
                        "Débuter avec R",
                        "Importer un fichier de données ouvertes, le transformer et en tirer ses premiers graphiques"
                                + " avec R et le tidyverse, puis versionner son travail.",
                        ResourceLevel.BEGINNER,
                        ProgrammingLanguage.R,
                        List.of("r", "tidyverse", "dataviz"),
                        1800),
                shelf,
                List.of(
                        new Step(
                                "https://docs.sspcloud.fr/",
                                "Pas besoin d'installer R sur votre poste : le **SSP Cloud** ouvre RStudio dans le"
                                        + " navigateur.",
                                "Lancez un service RStudio et créez-y un projet."),
                        new Step(
                                "https://juba.github.io/tidyverse/",
                                "Lisez les parties de prise en main à la manipulation des données avec `dplyr`.",
                                "Importez le fichier des hospitalisations COVID-19 de Santé publique France et"
                                        + " comptez les lignes par département."),
                        new Step(
                                "https://r4ds.hadley.nz/",
                                "Les chapitres *Visualize* et *Transform*, en faisant les exercices.",
                                "Tracez l'évolution nationale des hospitalisations avec `ggplot2`."),
                        new Step(
                                "https://www.book.utilitr.org/",
                                "Les fiches sur les bonnes pratiques et l'import des fichiers, écrites par des agents"
                                        + " publics.",
                                null),
                        new Step(
                                "https://happygitwithr.com/",
                                "Versionnez votre projet avec Git, depuis RStudio.",
                                "Publiez votre script dans un dépôt et partagez le lien dans le salon Tchap.")));
        List<UUID> python = path(
                new Viewer(cast.karim(), true),
                new PathCreate(
                        "Débuter avec Python",
                        "Écrire ses premiers programmes Python, manipuler un tableau de données avec pandas dans un"
                                + " notebook, et versionner son travail.",
                        ResourceLevel.BEGINNER,
                        ProgrammingLanguage.PYTHON,
                        List.of("python", "pandas", "jupyter"),
                        1500),
                shelf,
                List.of(
                        new Step(
                                "https://docs.sspcloud.fr/",
                                "Ouvrez un service Jupyter sur le SSP Cloud : rien à installer.",
                                "Créez un notebook et affichez « Bonjour » avec `print`."),
                        new Step(
                                "https://docs.python.org/fr/3/tutorial/",
                                "Les chapitres 3 à 5 : nombres, chaînes, listes, boucles et fonctions.",
                                "Écrivez une fonction qui renvoie la moyenne d'une liste de nombres."),
                        new Step(
                                "https://pandas.pydata.org/docs/user_guide/10min.html",
                                "La prise en main de pandas, dans votre notebook.",
                                "Chargez un fichier CSV de data.gouv.fr et affichez ses cinq premières lignes."),
                        new Step(
                                "https://pythonds.linogaliana.fr/",
                                "La partie « Manipuler des données » du cours de l'ENSAE.",
                                null),
                        new Step(
                                "https://swcarpentry.github.io/git-novice/",
                                "Les bases de Git en ligne de commande.",
                                "Versionnez votre notebook.")));

        follow(r, new Viewer(cast.agent(0), false), 4);
        follow(r, new Viewer(cast.agent(1), false), 2);
        follow(r, new Viewer(cast.agent(2), false), 0);
        follow(python, new Viewer(cast.agent(3), false), 1);
        follow(python, new Viewer(cast.agent(4), false), 5);
        return 2;
    }

    /** Creates and publishes a path; returns its id followed by its steps' ids, in order. */
    private List<UUID> path(Viewer author, PathCreate details, Shelf shelf, List<Step> plan) {
        UUID id = editing.create(author, details).id();
        List<UUID> ids = new ArrayList<>(List.of(id));
        for (Step step : plan) {
            ids.add(steps.add(
                            id, author, new PathStepCreate(shelf.at(step.url()), step.note(), step.checkpoint(), null))
                    .id());
        }
        editing.publish(id, author);
        return ids;
    }

    private void follow(List<UUID> path, Viewer member, int stepsDone) {
        UUID id = path.get(0);
        following.follow(id, member);
        for (UUID step : path.subList(1, 1 + stepsDone)) {
            following.markDone(id, step, member);
        }
    }
}
