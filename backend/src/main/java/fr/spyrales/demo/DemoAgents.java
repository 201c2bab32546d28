package fr.spyrales.demo;

import fr.spyrales.demo.DemoPosts.Job;
import fr.spyrales.demo.DemoPosts.Post;
import fr.spyrales.member.Category;
import fr.spyrales.member.Member;
import fr.spyrales.member.SkillLevel;
import fr.spyrales.member.Visibility;
import fr.spyrales.referential.Organization;
import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

/**
 * The demo community: the documented logins plus agents drawn with a fixed seed, so that every
 * instance loads the same people. Organisations are resolved by acronym, or name, through
 * {@code organizations}.
 */
final class DemoAgents {
    private static final long SEED = 2026L;
    private static final int PRIVATE_PROFILES = 3;

    /** The part an agent plays in mentoring, and how many drawn agents play it. */
    private enum Part {
        MENTOR(20),
        MENTOR_AND_LEARNER(3),
        LEARNER(33),
        PEER(20);

        final int count;

        Part(int count) {
            this.count = count;
        }

        boolean teaches() {
            return this == MENTOR || this == MENTOR_AND_LEARNER;
        }

        boolean learns() {
            return this == LEARNER || this == MENTOR_AND_LEARNER;
        }

        /** Mentors hold category A or B posts; newcomers hold no expert title. */
        boolean fits(Job job) {
            return switch (this) {
                case MENTOR, MENTOR_AND_LEARNER -> job.category() != Category.C;
                case LEARNER -> !DemoPosts.EXPERT_JOBS.contains(job);
                case PEER -> true;
            };
        }
    }

    private static final List<String> FEMININE_NAMES = List.of(
            "Élodie",
            "Anaïs",
            "Maëlle",
            "Noémie",
            "Hélène",
            "Zoé",
            "Camille",
            "Sophie",
            "Julie",
            "Manon",
            "Inès",
            "Chloé",
            "Sarah",
            "Amandine",
            "Aurélie",
            "Céline",
            "Mathilde",
            "Nadia",
            "Fatoumata",
            "Aïcha",
            "Émilie",
            "Marie-Claire",
            "Agnès",
            "Bérénice",
            "Solène",
            "Gaëlle",
            "Margaux",
            "Lucie",
            "Yasmine",
            "Linh",
            "Ophélie",
            "Nathalie",
            "Sandrine",
            "Clémence",
            "Justine");
    private static final List<String> MASCULINE_NAMES = List.of(
            "Benoît",
            "Jérôme",
            "François",
            "Loïc",
            "Thomas",
            "Nicolas",
            "Julien",
            "Mehdi",
            "Antoine",
            "Hugo",
            "Maxime",
            "Sébastien",
            "Cédric",
            "Grégoire",
            "Yann",
            "Rémi",
            "Mathieu",
            "Olivier",
            "Moussa",
            "Hervé",
            "Jean-Baptiste",
            "Pierre-Yves",
            "Raphaël",
            "Théo",
            "Gaël",
            "Arnaud",
            "Stéphane",
            "Frédéric",
            "Quentin",
            "Bastien",
            "Tanguy",
            "Youssef",
            "Minh",
            "Éric",
            "Léo");
    private static final List<String> LAST_NAMES = List.of(
            "Lefèvre",
            "Morel",
            "Girard",
            "Benali",
            "Nguyen",
            "Da Silva",
            "Le Goff",
            "Rousseau",
            "Traoré",
            "Martin",
            "Bernard",
            "Dubois",
            "Petit",
            "Durand",
            "Leroy",
            "Simon",
            "Laurent",
            "Michel",
            "Garcia",
            "Bertrand",
            "Roux",
            "Fournier",
            "Mercier",
            "Blanc",
            "Guérin",
            "Chevalier",
            "Lambert",
            "Bonnet",
            "Faure",
            "Gauthier",
            "Perrin",
            "Roussel",
            "Gaillard",
            "Barbier",
            "Lemaire",
            "Le Bihan",
            "Kerjean",
            "Haddad",
            "Diallo",
            "Pereira",
            "Brunet",
            "Schmitt",
            "Muller",
            "Caron",
            "Renaud",
            "Aubert",
            "Hoarau",
            "Payet",
            "Ménard",
            "Lacroix",
            "N'Diaye",
            "Poirier",
            "Marchand",
            "Tessier",
            "Benhamou",
            "Carré",
            "Vasseur");

    private static final List<String> METROPOLITAN_REGIONS =
            List.of("ARA", "BFC", "BRE", "CVL", "COR", "GES", "HDF", "IDF", "NOR", "NAQ", "OCC", "PDL", "PAC");
    private static final List<String> OVERSEAS_REGIONS = List.of("GUA", "MTQ", "GUF", "LRE");

    private static final List<String> AVAILABILITIES = List.of(
            "1 h par semaine",
            "Le jeudi après-midi",
            "Le mardi midi",
            "2 h par mois",
            "Le vendredi matin, en visio",
            "Une demi-journée par mois",
            "Le lundi en fin de journée",
            "Sur Tchap, au fil de l'eau");

    // Arguments: the main language, a topic ("pour …"), the language to learn.
    private static final List<String> MENTOR_BIOS = List.of(
            "J'utilise %1$s au quotidien pour %2$s. Je peux accompagner des collègues qui débutent, à leur rythme.",
            "Je pratique %1$s depuis plusieurs années, entre autres pour %2$s. Relecture de code ou séance en binôme : "
                    + "n'hésitez pas à me solliciter.",
            "J'ai appris %1$s en autoformation grâce à la communauté ; à mon tour d'aider, en particulier pour %2$s.");
    private static final List<String> MENTOR_AND_LEARNER_BIOS = List.of(
            "À l'aise avec %1$s, que j'utilise pour %2$s, je peux aider des collègues. En retour, je cherche un mentor "
                    + "pour me lancer en %3$s.",
            "Je peux donner un coup de main en %1$s, notamment pour %2$s. J'aimerais maintenant apprendre %3$s.");
    private static final List<String> LEARNER_BIOS = List.of(
            "Je débute en %1$s et je cherche un mentor pour %2$s.",
            "J'aimerais apprendre %1$s pour %2$s. Une heure d'échange de temps en temps m'aiderait beaucoup.",
            "J'ai suivi une première formation %1$s et je voudrais m'en servir pour %2$s. Je cherche quelqu'un pour "
                    + "m'aider à franchir le pas.");
    private static final List<String> PEER_BIOS = List.of(
            "J'utilise %1$s dans mon travail, notamment pour %2$s. J'aime échanger des astuces lors des ateliers.",
            "Je progresse en %1$s en m'en servant pour %2$s.",
            "Je m'appuie sur %1$s pour %2$s, et je suis les ateliers Spyrales pour aller plus loin.");

    /** Each post as many times as its weight: drawing from it respects the weights. */
    private static final List<Post> BALLOT = DemoPosts.ALL.stream()
            .flatMap(post -> Collections.nCopies(post.weight(), post).stream())
            .toList();

    private final Random random = new Random(SEED);
    private final Function<String, Organization> organizations;
    private final Set<String> names = new HashSet<>();
    /** Regions given first to agents of nationwide bodies, so that every region has someone. */
    private final Deque<String> regionsToCover;

    private DemoAgents(Function<String, Organization> organizations) {
        this.organizations = organizations;
        List<String> regions = new ArrayList<>(METROPOLITAN_REGIONS);
        regions.remove(DemoPosts.HEAD_OFFICE);
        regions.addAll(OVERSEAS_REGIONS);
        Collections.shuffle(regions, random);
        this.regionsToCover = new ArrayDeque<>(regions);
    }

    static List<Member> create(Function<String, Organization> organizations) {
        List<Member> agents = new ArrayList<>(DemoLogins.create(organizations));
        DemoAgents drawer = new DemoAgents(organizations);
        agents.forEach(agent -> drawer.names.add(agent.displayName));
        agents.addAll(drawer.draw());
        return agents;
    }

    /** A demo agent with a name and an address; the caller fills in the profile. */
    static Member agent(String firstName, String lastName, String email, Organization organization) {
        Member agent = new Member();
        agent.firstName = firstName;
        agent.lastName = lastName;
        agent.displayName = firstName + " " + lastName;
        agent.email = email;
        agent.organization = organization;
        return agent;
    }

    /** "Jean-Baptiste", "Le Goff" → "jean-baptiste.le-goff": ASCII, lower case, hyphens kept. */
    static String localPart(String firstName, String lastName) {
        String name = firstName + "." + lastName;
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replace("'", "").replace(' ', '-');
    }

    static String tchapHandle(String localPart, String ministry) {
        return "@" + localPart + ":agent." + ministry + ".tchap.gouv.fr";
    }

    private List<Member> draw() {
        List<Part> parts = new ArrayList<>();
        for (Part part : Part.values()) {
            parts.addAll(Collections.nCopies(part.count, part));
        }
        Collections.shuffle(parts, random);
        List<Member> agents = new ArrayList<>();
        int privateProfiles = 0;
        for (Part part : parts) {
            Member agent = drawAgent(part);
            if (part == Part.PEER && privateProfiles < PRIVATE_PROFILES) {
                agent.visibility = Visibility.PRIVATE;
                privateProfiles++;
            }
            agents.add(agent);
        }
        return agents;
    }

    private Member drawAgent(Part part) {
        boolean feminine = random.nextBoolean();
        String firstName;
        String lastName;
        do {
            firstName = pick(feminine ? FEMININE_NAMES : MASCULINE_NAMES);
            lastName = pick(LAST_NAMES);
        } while (!names.add(firstName + " " + lastName));
        Post post;
        List<Job> jobs;
        do {
            post = pick(BALLOT);
            jobs = post.jobs().stream().filter(part::fits).toList();
        } while (jobs.isEmpty());
        Job job = pick(jobs);
        String region = post.region().equals(DemoPosts.NETWORK) ? drawRegion() : post.region();
        String language = pick(job.track().languages);
        String localPart = localPart(firstName, lastName);

        Member agent =
                agent(firstName, lastName, localPart + "@" + post.domain(), organizations.apply(post.organization()));
        agent.serviceType = post.serviceTypeIn(region);
        agent.regionCode = region;
        agent.category = job.category();
        agent.jobTitle = job.title(feminine);
        agent.skills = skills(part, job.track(), language);
        agent.learningSkills = learningSkills(part, agent.skills, language);
        agent.bio = bio(part, language, pick(job.track().topics));
        agent.canMentor = part.teaches();
        agent.wantsMentor = part.learns();
        agent.mentorCapacity = (short) (part.teaches() ? 1 + random.nextInt(3) : 0);
        agent.availability = part == Part.PEER ? null : pick(AVAILABILITIES);
        agent.tchapHandle = random.nextBoolean() ? tchapHandle(localPart, post.tchap()) : null;
        return agent;
    }

    /** Head office or not, after every region has had its turn. */
    private String drawRegion() {
        if (!regionsToCover.isEmpty()) {
            return regionsToCover.poll();
        }
        return random.nextInt(5) < 2 ? DemoPosts.HEAD_OFFICE : pick(METROPOLITAN_REGIONS);
    }

    /** Mentors are at 3–4 in their main skills, learners at 1–2, peers in between. */
    private List<SkillLevel> skills(Part part, DemoTrack track, String language) {
        List<SkillLevel> skills = new ArrayList<>();
        switch (part) {
            case MENTOR -> {
                skills.add(new SkillLevel(language, 4));
                some(track.skills, 1 + random.nextInt(4))
                        .forEach(code -> skills.add(new SkillLevel(code, 3 + random.nextInt(2))));
            }
            case MENTOR_AND_LEARNER -> {
                skills.add(new SkillLevel(language, 3 + random.nextInt(2)));
                some(track.skills, 1 + random.nextInt(2)).forEach(code -> skills.add(new SkillLevel(code, 3)));
                skills.add(new SkillLevel(otherLanguage(language), 1));
            }
            case LEARNER -> {
                skills.add(new SkillLevel(language, 1));
                some(track.skills.subList(0, 3), random.nextInt(3))
                        .forEach(code -> skills.add(new SkillLevel(code, 1 + random.nextInt(2))));
            }
            case PEER -> {
                skills.add(new SkillLevel(language, 2 + random.nextInt(2)));
                some(track.skills, 1 + random.nextInt(3))
                        .forEach(code -> skills.add(new SkillLevel(code, 2 + random.nextInt(2))));
            }
        }
        return skills;
    }

    /** Learners want to grow where they rated themselves low; mentors who learn, in the other language. No draw, so the demo stays as it was. */
    private Set<String> learningSkills(Part part, List<SkillLevel> skills, String language) {
        Set<String> learning = new HashSet<>();
        switch (part) {
            case LEARNER -> skills.stream().filter(s -> s.level <= 2).limit(3).forEach(s -> learning.add(s.skillCode));
            case MENTOR_AND_LEARNER -> learning.add(otherLanguage(language));
            default -> {}
        }
        return learning;
    }

    private String bio(Part part, String language, String topic) {
        List<String> templates = switch (part) {
            case MENTOR -> MENTOR_BIOS;
            case MENTOR_AND_LEARNER -> MENTOR_AND_LEARNER_BIOS;
            case LEARNER -> LEARNER_BIOS;
            case PEER -> PEER_BIOS;
        };
        return String.format(pick(templates), label(language), topic, label(otherLanguage(language)));
    }

    private static String otherLanguage(String language) {
        return language.equals("python") ? "r" : "python";
    }

    private static String label(String language) {
        return switch (language) {
            case "r" -> "R";
            case "python" -> "Python";
            default -> language.toUpperCase(Locale.ROOT);
        };
    }

    private List<String> some(List<String> codes, int count) {
        List<String> shuffled = new ArrayList<>(codes);
        Collections.shuffle(shuffled, random);
        return shuffled.subList(0, count);
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
