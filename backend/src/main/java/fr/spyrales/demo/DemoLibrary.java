package fr.spyrales.demo;

import fr.spyrales.demo.DemoProjects.DemoCast;
import fr.spyrales.training.library.ContentLanguage;
import fr.spyrales.training.library.LibraryAccess;
import fr.spyrales.training.library.LibraryDtos.RatingInput;
import fr.spyrales.training.library.LibraryDtos.ResourceInput;
import fr.spyrales.training.library.ProgrammingLanguage;
import fr.spyrales.training.library.ResourceEditing;
import fr.spyrales.training.library.ResourceLevel;
import fr.spyrales.training.library.ResourceMarks;
import fr.spyrales.training.library.ResourceModeration;
import fr.spyrales.training.library.ResourceRatings;
import fr.spyrales.training.library.ResourceType;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The demo's library: real public training material with honest metadata (durations only where their publisher
 * states one), added by the two animateurs, two proposals moderated, two waiting in the animateurs' queue, and the
 * members' ratings. Made through the library's own services, so every rule holds.
 */
@ApplicationScoped
class DemoLibrary {
    private final ResourceEditing editing;
    private final ResourceModeration moderation;
    private final ResourceRatings ratings;
    private final ResourceMarks marks;

    DemoLibrary(ResourceEditing editing, ResourceModeration moderation, ResourceRatings ratings, ResourceMarks marks) {
        this.editing = editing;
        this.moderation = moderation;
        this.ratings = ratings;
        this.marks = marks;
    }

    /** A piece of training material as the demo adds it. */
    record Material(
            String title,
            String url,
            ResourceType type,
            ProgrammingLanguage language,
            ResourceLevel level,
            List<String> topics,
            ContentLanguage contentLanguage,
            Integer minutes,
            boolean free,
            String author,
            String description) {

        ResourceInput input() {
            return new ResourceInput(
                    title, url, type, language, level, topics, contentLanguage, minutes, free, description, author);
        }
    }

    /** The library's resources by URL, for the paths. */
    record Shelf(Map<String, UUID> byUrl) {
        UUID at(String url) {
            UUID id = byUrl.get(url);
            if (id == null) {
                throw new IllegalStateException("The demo library has no resource at " + url);
            }
            return id;
        }
    }

    Shelf load(DemoCast cast) {
        Map<String, UUID> shelf = new HashMap<>();
        LibraryAccess.Viewer claire = new LibraryAccess.Viewer(cast.claire(), true);
        LibraryAccess.Viewer karim = new LibraryAccess.Viewer(cast.karim(), true);
        for (int i = 0; i < MODERATED.size(); i++) {
            UUID id = editing.propose(
                            member(cast.agent(5 + i)), MODERATED.get(i).input())
                    .id();
            moderation.publish(id, claire);
            shelf.put(MODERATED.get(i).url(), id);
        }
        // Added last to first, so that the library's « newest first » opens on the beginners' classics.
        for (int i = MATERIALS.size() - 1; i >= 0; i--) {
            Material m = MATERIALS.get(i);
            boolean python =
                    m.language() == ProgrammingLanguage.PYTHON || m.url().contains("carpentry");
            shelf.put(
                    m.url(), editing.propose(python ? karim : claire, m.input()).id());
        }
        for (int i = 0; i < WAITING.size(); i++) {
            editing.propose(member(cast.agent(7 + i)), WAITING.get(i).input());
        }
        rate(cast, shelf);
        marks.bookmark(shelf.get("https://r4ds.hadley.nz/"), member(cast.agent(0)));
        marks.bookmark(shelf.get("https://www.book.utilitr.org/"), member(cast.agent(0)));
        marks.markDone(shelf.get("https://juba.github.io/tidyverse/"), member(cast.agent(0)));
        return new Shelf(Map.copyOf(shelf));
    }

    private void rate(DemoCast cast, Map<String, UUID> shelf) {
        rate(
                shelf,
                "https://r4ds.hadley.nz/",
                member(cast.agent(0)),
                5,
                "Le meilleur point de départ, et les exercices sont corrigés par la communauté.");
        rate(
                shelf,
                "https://r4ds.hadley.nz/",
                member(cast.agent(1)),
                4,
                "Très clair, mais en anglais : prévoir du temps.");
        rate(shelf, "https://r4ds.hadley.nz/", new LibraryAccess.Viewer(cast.karim(), true), 5, null);
        rate(
                shelf,
                "https://juba.github.io/tidyverse/",
                member(cast.agent(0)),
                5,
                "En français, progressif : idéal quand on n'a jamais codé.");
        rate(shelf, "https://juba.github.io/tidyverse/", member(cast.agent(2)), 5, null);
        rate(
                shelf,
                "https://www.book.utilitr.org/",
                member(cast.agent(3)),
                4,
                "Les fiches sur l'import des fichiers m'ont fait gagner des heures.");
        rate(
                shelf,
                "https://pythonds.linogaliana.fr/",
                member(cast.agent(4)),
                5,
                "Un cours complet, avec des données publiques françaises.");
        rate(
                shelf,
                "https://pythonds.linogaliana.fr/",
                member(cast.agent(3)),
                4,
                "Demande d'avoir déjà les bases de Python.");
        rate(shelf, "https://docs.python.org/fr/3/tutorial/", member(cast.agent(3)), 4, null);
        rate(
                shelf,
                "https://pandas.pydata.org/docs/user_guide/10min.html",
                member(cast.agent(4)),
                4,
                "Court et efficace pour se lancer.");
        rate(
                shelf,
                "https://rcarto.github.io/cartographie_avec_r/",
                member(cast.agent(1)),
                5,
                "Nos cartes départementales viennent de là.");
        rate(shelf, "https://sqlbolt.com/", member(cast.agent(2)), 3, "Bien pour les bases, un peu court ensuite.");
    }

    private void rate(Map<String, UUID> shelf, String url, LibraryAccess.Viewer who, int stars, String comment) {
        ratings.rate(shelf.get(url), who, new RatingInput(stars, comment));
    }

    private static LibraryAccess.Viewer member(UUID id) {
        return new LibraryAccess.Viewer(id, false);
    }

    /** Proposed by members and published by an animateur. */
    private static final List<Material> MODERATED = List.of(
            new Material(
                    "Introduction à Jupyter",
                    "https://docs.jupyter.org/en/latest/start/index.html",
                    ResourceType.DOCUMENTATION,
                    ProgrammingLanguage.PYTHON,
                    ResourceLevel.BEGINNER,
                    List.of("jupyter", "environnement-de-travail"),
                    ContentLanguage.EN,
                    null,
                    true,
                    "Project Jupyter",
                    "Installer et lancer JupyterLab ou Notebook, et comprendre ce qu'est un carnet de code."),
            new Material(
                    "Beautiful Soup : documentation",
                    "https://www.crummy.com/software/BeautifulSoup/bs4/doc/",
                    ResourceType.DOCUMENTATION,
                    ProgrammingLanguage.PYTHON,
                    ResourceLevel.INTERMEDIATE,
                    List.of("web-scraping", "python"),
                    ContentLanguage.EN,
                    null,
                    true,
                    "Leonard Richardson",
                    "Extraire des données de pages HTML avec Python."));

    /** Proposed by members, waiting in the animateurs' queue. */
    private static final List<Material> WAITING = List.of(
            new Material(
                    "Documentation de data.table",
                    "https://rdatatable.gitlab.io/data.table/",
                    ResourceType.DOCUMENTATION,
                    ProgrammingLanguage.R,
                    ResourceLevel.INTERMEDIATE,
                    List.of("r"),
                    ContentLanguage.EN,
                    null,
                    true,
                    "Équipe data.table",
                    "Manipuler de gros fichiers en R, vite et avec peu de mémoire : les vignettes d'introduction."),
            new Material(
                    "Guide de l'utilisateur de Polars",
                    "https://docs.pola.rs/user-guide/",
                    ResourceType.DOCUMENTATION,
                    ProgrammingLanguage.PYTHON,
                    ResourceLevel.INTERMEDIATE,
                    List.of("python", "pandas"),
                    ContentLanguage.EN,
                    null,
                    true,
                    "Polars",
                    "Une alternative rapide à pandas pour les tableaux volumineux."));

    private static final List<Material> MATERIALS = List.of(
            new Material(
                    "utilitR : documentation collaborative sur R",
                    "https://www.book.utilitr.org/",
                    ResourceType.DOCUMENTATION,
                    ProgrammingLanguage.R,
                    ResourceLevel.BEGINNER,
                    List.of("r", "tidyverse", "environnement-de-travail", "quarto"),
                    ContentLanguage.FR,
                    null,
                    true,
                    "Projet collaboratif utilitR (Insee et contributeurs)",
                    "Documentation écrite par et pour des agents publics : bonnes pratiques, environnement de travail, import des données, manipulation avec le tidyverse et data.table, graphiques, publications reproductibles."),
            new Material(
                    "Python pour la data science",
                    "https://pythonds.linogaliana.fr/",
                    ResourceType.COURSE,
                    ProgrammingLanguage.PYTHON,
                    ResourceLevel.INTERMEDIATE,
                    List.of("python", "pandas", "dataviz", "apprentissage-automatique"),
                    ContentLanguage.FR,
                    null,
                    true,
                    "Lino Galiana (ENSAE, Insee)",
                    "Le cours de l'ENSAE : manipulation de données avec pandas, visualisation, modélisation, traitement du langage naturel et mise en production, avec des notebooks exécutables."),
            new Material(
                    "Le tutoriel Python",
                    "https://docs.python.org/fr/3/tutorial/",
                    ResourceType.TUTORIAL,
                    ProgrammingLanguage.PYTHON,
                    ResourceLevel.BEGINNER,
                    List.of("python"),
                    ContentLanguage.FR,
                    600,
                    true,
                    "Python Software Foundation",
                    "Le tutoriel officiel, traduit en français : types de base, contrôle du flux, fonctions, structures de données, modules, erreurs et classes."),
            new Material(
                    "R for Data Science (2e édition)",
                    "https://r4ds.hadley.nz/",
                    ResourceType.BOOK,
                    ProgrammingLanguage.R,
                    ResourceLevel.BEGINNER,
                    List.of("r", "tidyverse", "dataviz"),
                    ContentLanguage.EN,
                    null,
                    true,
                    "Hadley Wickham, Mine Çetinkaya-Rundel, Garrett Grolemund",
                    "Le livre de référence pour apprendre l'analyse de données avec le tidyverse : importer, ranger, transformer, visualiser et communiquer."),
            new Material(
                    "Introduction à R et au tidyverse",
                    "https://juba.github.io/tidyverse/",
                    ResourceType.COURSE,
                    ProgrammingLanguage.R,
                    ResourceLevel.BEGINNER,
                    List.of("r", "tidyverse", "dataviz"),
                    ContentLanguage.FR,
                    null,
                    true,
                    "Julien Barnier",
                    "Un support en français pour débuter : prise en main de RStudio, premiers calculs, manipulation avec dplyr, graphiques avec ggplot2, Quarto."),
            new Material(
                    "guide-R : guide pour l'analyse de données d'enquêtes avec R",
                    "https://larmarange.github.io/guide-R/",
                    ResourceType.DOCUMENTATION,
                    ProgrammingLanguage.R,
                    ResourceLevel.INTERMEDIATE,
                    List.of("r", "statistiques", "sondages"),
                    ContentLanguage.FR,
                    null,
                    true,
                    "Joseph Larmarange",
                    "Analyses univariées et bivariées, régressions, pondération et plans d'échantillonnage, présentés pas à pas en français."),
            new Material(
                    "analyse-R : introduction à l'analyse d'enquêtes avec R et RStudio",
                    "https://larmarange.github.io/analyse-R/",
                    ResourceType.DOCUMENTATION,
                    ProgrammingLanguage.R,
                    ResourceLevel.INTERMEDIATE,
                    List.of("r", "statistiques", "sondages"),
                    ContentLanguage.FR,
                    null,
                    true,
                    "Joseph Larmarange et contributeurs",
                    "Le manuel collaboratif historique, toujours utile pour les statistiques descriptives et les analyses factorielles."),
            new Material(
                    "R pour les débutants",
                    "https://cran.r-project.org/doc/contrib/Paradis-rdebuts_fr.pdf",
                    ResourceType.BOOK,
                    ProgrammingLanguage.R,
                    ResourceLevel.BEGINNER,
                    List.of("r", "statistiques"),
                    ContentLanguage.FR,
                    null,
                    true,
                    "Emmanuel Paradis",
                    "Un court livre en français (PDF) sur les bases du langage R : objets, lecture des données, graphiques et analyses statistiques."),
            new Material(
                    "An Introduction to R",
                    "https://cran.r-project.org/doc/manuals/r-release/R-intro.html",
                    ResourceType.DOCUMENTATION,
                    ProgrammingLanguage.R,
                    ResourceLevel.BEGINNER,
                    List.of("r"),
                    ContentLanguage.EN,
                    null,
                    true,
                    "R Core Team",
                    "Le manuel officiel d'introduction au langage R."),
            new Material(
                    "Programming with R (Software Carpentry)",
                    "https://swcarpentry.github.io/r-novice-inflammation/",
                    ResourceType.COURSE,
                    ProgrammingLanguage.R,
                    ResourceLevel.BEGINNER,
                    List.of("r"),
                    ContentLanguage.EN,
                    360,
                    true,
                    "The Carpentries",
                    "Une leçon pour débutants : variables, fonctions, boucles et analyse d'un jeu de données réel."),
            new Material(
                    "R for Reproducible Scientific Analysis (Software Carpentry)",
                    "https://swcarpentry.github.io/r-novice-gapminder/",
                    ResourceType.COURSE,
                    ProgrammingLanguage.R,
                    ResourceLevel.BEGINNER,
                    List.of("r", "tidyverse", "dataviz"),
                    ContentLanguage.EN,
                    420,
                    true,
                    "The Carpentries",
                    "De RStudio aux projets reproductibles sur les données Gapminder : data frames, dplyr, ggplot2, rapports."),
            new Material(
                    "Programming with Python (Software Carpentry)",
                    "https://swcarpentry.github.io/python-novice-inflammation/",
                    ResourceType.COURSE,
                    ProgrammingLanguage.PYTHON,
                    ResourceLevel.BEGINNER,
                    List.of("python"),
                    ContentLanguage.EN,
                    480,
                    true,
                    "The Carpentries",
                    "Une leçon pour débutants : NumPy, boucles, listes, fonctions et tests sur des données d'inflammation."),
            new Material(
                    "Data Analysis and Visualization in Python for Ecologists (Data Carpentry)",
                    "https://datacarpentry.github.io/python-ecology-lesson/",
                    ResourceType.COURSE,
                    ProgrammingLanguage.PYTHON,
                    ResourceLevel.BEGINNER,
                    List.of("python", "pandas", "dataviz"),
                    ContentLanguage.EN,
                    480,
                    true,
                    "The Carpentries",
                    "pandas et la visualisation appliqués à un jeu de données d'écologie, pour qui n'a jamais programmé."),
            new Material(
                    "Version Control with Git (Software Carpentry)",
                    "https://swcarpentry.github.io/git-novice/",
                    ResourceType.COURSE,
                    ProgrammingLanguage.NONE,
                    ResourceLevel.BEGINNER,
                    List.of("git"),
                    ContentLanguage.EN,
                    180,
                    true,
                    "The Carpentries",
                    "Suivre ses modifications, collaborer et travailler avec un dépôt distant, en ligne de commande."),
            new Material(
                    "The Unix Shell (Software Carpentry)",
                    "https://swcarpentry.github.io/shell-novice/",
                    ResourceType.COURSE,
                    ProgrammingLanguage.NONE,
                    ResourceLevel.BEGINNER,
                    List.of("environnement-de-travail"),
                    ContentLanguage.EN,
                    270,
                    true,
                    "The Carpentries",
                    "Naviguer dans les fichiers, enchaîner des commandes et écrire ses premiers scripts shell."),
            new Material(
                    "Pro Git (en français)",
                    "https://git-scm.com/book/fr/v2",
                    ResourceType.BOOK,
                    ProgrammingLanguage.NONE,
                    ResourceLevel.INTERMEDIATE,
                    List.of("git"),
                    ContentLanguage.FR,
                    null,
                    true,
                    "Scott Chacon, Ben Straub",
                    "Le livre de référence sur Git, traduit en français : branches, fusions, dépôts distants, et le fonctionnement interne."),
            new Material(
                    "Happy Git and GitHub for the useR",
                    "https://happygitwithr.com/",
                    ResourceType.BOOK,
                    ProgrammingLanguage.R,
                    ResourceLevel.BEGINNER,
                    List.of("git", "r", "environnement-de-travail"),
                    ContentLanguage.EN,
                    null,
                    true,
                    "Jenny Bryan",
                    "Installer Git, le relier à RStudio et prendre les bons réflexes de versionnement quand on travaille en R."),
            new Material(
                    "Documentation du SSP Cloud (Onyxia)",
                    "https://docs.sspcloud.fr/",
                    ResourceType.DOCUMENTATION,
                    ProgrammingLanguage.BOTH,
                    ResourceLevel.BEGINNER,
                    List.of("environnement-de-travail", "jupyter"),
                    ContentLanguage.FR,
                    null,
                    true,
                    "Insee",
                    "Utiliser le datalab SSP Cloud : lancer RStudio ou Jupyter dans le navigateur, stocker ses données, travailler avec Git."),
            new Material(
                    "Introduction à la statistique avec R (MOOC)",
                    "https://www.fun-mooc.fr/fr/cours/introduction-a-la-statistique-avec-r/",
                    ResourceType.COURSE,
                    ProgrammingLanguage.R,
                    ResourceLevel.BEGINNER,
                    List.of("statistiques", "r"),
                    ContentLanguage.FR,
                    null,
                    true,
                    "Université Paris-Saclay (FUN MOOC)",
                    "Un MOOC pour découvrir les statistiques et R en même temps : description des données, tests, régression."),
            new Material(
                    "Python 3 : des fondamentaux aux concepts avancés du langage (MOOC)",
                    "https://www.fun-mooc.fr/fr/cours/python-3-des-fondamentaux-aux-concepts-avances-du-langage/",
                    ResourceType.COURSE,
                    ProgrammingLanguage.PYTHON,
                    ResourceLevel.BEGINNER,
                    List.of("python"),
                    ContentLanguage.FR,
                    null,
                    true,
                    "Inria et Université Côte d'Azur (FUN MOOC)",
                    "Un MOOC complet, des bases aux notions avancées, avec des exercices corrigés automatiquement."),
            new Material(
                    "Analyse des données multidimensionnelles (MOOC)",
                    "https://www.fun-mooc.fr/fr/cours/analyse-des-donnees-multidimensionnelles/",
                    ResourceType.COURSE,
                    ProgrammingLanguage.R,
                    ResourceLevel.INTERMEDIATE,
                    List.of("statistiques", "r"),
                    ContentLanguage.FR,
                    null,
                    true,
                    "Institut Agro Rennes-Angers (FUN MOOC)",
                    "ACP, AFC, ACM et classification, avec le package FactoMineR."),
            new Material(
                    "Recherche reproductible : principes méthodologiques pour une science transparente (MOOC)",
                    "https://www.fun-mooc.fr/fr/cours/recherche-reproductible-principes-methodologiques-pour-une-science-transparente/",
                    ResourceType.COURSE,
                    ProgrammingLanguage.BOTH,
                    ResourceLevel.INTERMEDIATE,
                    List.of("quarto", "jupyter", "git"),
                    ContentLanguage.FR,
                    null,
                    true,
                    "Inria (FUN MOOC)",
                    "Carnets de notes, documents computationnels et gestion de versions pour des analyses que d'autres peuvent refaire."),
            new Material(
                    "Machine learning in Python with scikit-learn (MOOC)",
                    "https://inria.github.io/scikit-learn-mooc/",
                    ResourceType.COURSE,
                    ProgrammingLanguage.PYTHON,
                    ResourceLevel.INTERMEDIATE,
                    List.of("apprentissage-automatique", "python"),
                    ContentLanguage.EN,
                    null,
                    true,
                    "Inria",
                    "Le support du MOOC de l'Inria : modèles prédictifs, évaluation, réglage des hyperparamètres, avec des notebooks."),
            new Material(
                    "10 minutes to pandas",
                    "https://pandas.pydata.org/docs/user_guide/10min.html",
                    ResourceType.TUTORIAL,
                    ProgrammingLanguage.PYTHON,
                    ResourceLevel.BEGINNER,
                    List.of("pandas", "python"),
                    ContentLanguage.EN,
                    30,
                    true,
                    "The pandas development team",
                    "La prise en main officielle de pandas : créer, sélectionner, regrouper et fusionner des tableaux."),
            new Material(
                    "Python for Data Analysis (3e édition)",
                    "https://wesmckinney.com/book/",
                    ResourceType.BOOK,
                    ProgrammingLanguage.PYTHON,
                    ResourceLevel.INTERMEDIATE,
                    List.of("pandas", "python"),
                    ContentLanguage.EN,
                    null,
                    true,
                    "Wes McKinney",
                    "Le livre de l'auteur de pandas, en accès libre en ligne : NumPy, pandas, nettoyage et agrégation de données."),
            new Material(
                    "Python Data Science Handbook",
                    "https://jakevdp.github.io/PythonDataScienceHandbook/",
                    ResourceType.BOOK,
                    ProgrammingLanguage.PYTHON,
                    ResourceLevel.INTERMEDIATE,
                    List.of("python", "pandas", "dataviz", "apprentissage-automatique"),
                    ContentLanguage.EN,
                    null,
                    true,
                    "Jake VanderPlas",
                    "IPython, NumPy, pandas, Matplotlib et scikit-learn, sous forme de notebooks."),
            new Material(
                    "Guide de l'utilisateur de scikit-learn",
                    "https://scikit-learn.org/stable/user_guide.html",
                    ResourceType.DOCUMENTATION,
                    ProgrammingLanguage.PYTHON,
                    ResourceLevel.ADVANCED,
                    List.of("apprentissage-automatique", "python"),
                    ContentLanguage.EN,
                    null,
                    true,
                    "scikit-learn developers",
                    "La documentation de référence des modèles, de la sélection de modèles et du prétraitement."),
            new Material(
                    "ggplot2: Elegant Graphics for Data Analysis (3e édition)",
                    "https://ggplot2-book.org/",
                    ResourceType.BOOK,
                    ProgrammingLanguage.R,
                    ResourceLevel.INTERMEDIATE,
                    List.of("dataviz", "r"),
                    ContentLanguage.EN,
                    null,
                    true,
                    "Hadley Wickham, Danielle Navarro, Thomas Lin Pedersen",
                    "La grammaire des graphiques expliquée par les auteurs de ggplot2."),
            new Material(
                    "Cartographie avec R",
                    "https://rcarto.github.io/cartographie_avec_r/",
                    ResourceType.BOOK,
                    ProgrammingLanguage.R,
                    ResourceLevel.INTERMEDIATE,
                    List.of("cartographie", "r"),
                    ContentLanguage.FR,
                    null,
                    true,
                    "Timothée Giraud, Hugues Pecout",
                    "Faire des cartes thématiques avec sf et mapsf : symboles proportionnels, typologies, discrétisations, mise en page."),
            new Material(
                    "Géomatique avec R",
                    "https://rcarto.github.io/geomatique_avec_r/",
                    ResourceType.BOOK,
                    ProgrammingLanguage.R,
                    ResourceLevel.INTERMEDIATE,
                    List.of("cartographie", "r"),
                    ContentLanguage.FR,
                    null,
                    true,
                    "Timothée Giraud, Hugues Pecout",
                    "Manipuler des données spatiales vectorielles et raster avec sf et terra."),
            new Material(
                    "Geocomputation with R",
                    "https://r.geocompx.org/",
                    ResourceType.BOOK,
                    ProgrammingLanguage.R,
                    ResourceLevel.ADVANCED,
                    List.of("cartographie", "r"),
                    ContentLanguage.EN,
                    null,
                    true,
                    "Robin Lovelace, Jakub Nowosad, Jannes Muenchow",
                    "L'analyse géographique avancée avec R : géométries, projections, modélisation spatiale."),
            new Material(
                    "Forecasting: Principles and Practice (3e édition)",
                    "https://otexts.com/fpp3/",
                    ResourceType.BOOK,
                    ProgrammingLanguage.R,
                    ResourceLevel.INTERMEDIATE,
                    List.of("series-temporelles", "statistiques", "r"),
                    ContentLanguage.EN,
                    null,
                    true,
                    "Rob J Hyndman, George Athanasopoulos",
                    "Les méthodes de prévision des séries temporelles, de la décomposition aux modèles ARIMA."),
            new Material(
                    "Text Mining with R",
                    "https://www.tidytextmining.com/",
                    ResourceType.BOOK,
                    ProgrammingLanguage.R,
                    ResourceLevel.INTERMEDIATE,
                    List.of("text-mining", "r", "tidyverse"),
                    ContentLanguage.EN,
                    null,
                    true,
                    "Julia Silge, David Robinson",
                    "Analyser des textes avec les principes du tidyverse : fréquences, sentiments, thèmes."),
            new Material(
                    "An Introduction to Statistical Learning",
                    "https://www.statlearning.com/",
                    ResourceType.BOOK,
                    ProgrammingLanguage.BOTH,
                    ResourceLevel.INTERMEDIATE,
                    List.of("apprentissage-automatique", "statistiques"),
                    ContentLanguage.EN,
                    null,
                    true,
                    "Gareth James, Daniela Witten, Trevor Hastie, Robert Tibshirani, Jonathan Taylor",
                    "Régression, classification, rééchantillonnage, arbres et réseaux de neurones, avec une édition R et une édition Python."),
            new Material(
                    "Introduction to Econometrics with R",
                    "https://www.econometrics-with-r.org/",
                    ResourceType.BOOK,
                    ProgrammingLanguage.R,
                    ResourceLevel.INTERMEDIATE,
                    List.of("econometrie", "r"),
                    ContentLanguage.EN,
                    null,
                    true,
                    "Christoph Hanck, Martin Arnold, Alexander Gerber, Martin Schmelzer",
                    "Le manuel d'économétrie de Stock et Watson illustré en R, avec des exemples interactifs."),
            new Material(
                    "Mastering Shiny",
                    "https://mastering-shiny.org/",
                    ResourceType.BOOK,
                    ProgrammingLanguage.R,
                    ResourceLevel.INTERMEDIATE,
                    List.of("shiny", "r"),
                    ContentLanguage.EN,
                    null,
                    true,
                    "Hadley Wickham",
                    "Construire des applications web interactives en R, de la première page à la réactivité avancée."),
            new Material(
                    "R Markdown: The Definitive Guide",
                    "https://bookdown.org/yihui/rmarkdown/",
                    ResourceType.BOOK,
                    ProgrammingLanguage.R,
                    ResourceLevel.INTERMEDIATE,
                    List.of("quarto", "r"),
                    ContentLanguage.EN,
                    null,
                    true,
                    "Yihui Xie, J. J. Allaire, Garrett Grolemund",
                    "Produire rapports, présentations et sites reproductibles avec R Markdown."),
            new Material(
                    "Guide de Quarto",
                    "https://quarto.org/docs/guide/",
                    ResourceType.DOCUMENTATION,
                    ProgrammingLanguage.BOTH,
                    ResourceLevel.INTERMEDIATE,
                    List.of("quarto"),
                    ContentLanguage.EN,
                    null,
                    true,
                    "Posit",
                    "La documentation de Quarto pour publier des documents, présentations et sites à partir de R, Python ou Julia."),
            new Material(
                    "SQLBolt : leçons interactives de SQL",
                    "https://sqlbolt.com/",
                    ResourceType.EXERCISE,
                    ProgrammingLanguage.NONE,
                    ResourceLevel.BEGINNER,
                    List.of("sql"),
                    ContentLanguage.EN,
                    120,
                    true,
                    "SQLBolt",
                    "Des leçons courtes avec exercices dans le navigateur : requêtes, jointures, agrégations."),
            new Material(
                    "Tutoriel de PostgreSQL",
                    "https://www.postgresql.org/docs/current/tutorial.html",
                    ResourceType.TUTORIAL,
                    ProgrammingLanguage.NONE,
                    ResourceLevel.BEGINNER,
                    List.of("sql"),
                    ContentLanguage.EN,
                    null,
                    true,
                    "The PostgreSQL Global Development Group",
                    "Le tutoriel officiel : créer une table, interroger, joindre et agréger."),
            new Material(
                    "Web scraping avec rvest",
                    "https://rvest.tidyverse.org/articles/rvest.html",
                    ResourceType.TUTORIAL,
                    ProgrammingLanguage.R,
                    ResourceLevel.INTERMEDIATE,
                    List.of("web-scraping", "r"),
                    ContentLanguage.EN,
                    45,
                    true,
                    "Posit",
                    "La vignette officielle de rvest : lire une page HTML, sélectionner des éléments et en extraire des tableaux."),
            new Material(
                    "Guides de data.gouv.fr",
                    "https://guides.data.gouv.fr/",
                    ResourceType.DOCUMENTATION,
                    ProgrammingLanguage.NONE,
                    ResourceLevel.BEGINNER,
                    List.of("api-donnees"),
                    ContentLanguage.FR,
                    null,
                    true,
                    "Etalab (DINUM)",
                    "Trouver, réutiliser et publier des données ouvertes sur data.gouv.fr, et utiliser son API."),
            new Material(
                    "Data Science Specialization (Coursera)",
                    "https://www.coursera.org/specializations/jhu-data-science",
                    ResourceType.COURSE,
                    ProgrammingLanguage.R,
                    ResourceLevel.BEGINNER,
                    List.of("r", "statistiques", "apprentissage-automatique"),
                    ContentLanguage.EN,
                    null,
                    false,
                    "Johns Hopkins University",
                    "Une série de dix cours en R, de la boîte à outils du data scientist à l'apprentissage automatique ; certificat payant."));
}
