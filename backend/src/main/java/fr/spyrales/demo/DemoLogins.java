package fr.spyrales.demo;

import static fr.spyrales.demo.DemoAgents.agent;
import static fr.spyrales.member.ServiceType.ADMINISTRATION_CENTRALE;
import static fr.spyrales.member.ServiceType.OPERATEUR;

import fr.spyrales.common.security.Roles;
import fr.spyrales.member.Category;
import fr.spyrales.member.Member;
import fr.spyrales.member.SkillLevel;
import fr.spyrales.referential.Organization;
import java.util.List;
import java.util.function.Function;

/** The demo accounts the README documents: two animateurs, an admin and a newcomer. */
final class DemoLogins {
    private DemoLogins() {}

    static List<Member> create(Function<String, Organization> organizations) {
        Member claire = agent("Claire", "Fontaine", "claire.fontaine@insee.fr", organizations.apply("INSEE"));
        claire.extraRoles.add(Roles.ANIMATEUR);
        claire.serviceType = OPERATEUR;
        claire.regionCode = "IDF";
        claire.category = Category.A;
        claire.jobTitle = "Attachée statisticienne principale";
        claire.bio = "Animatrice de Spyrales, j'organise les ateliers du jeudi et l'accueil des nouveaux membres. "
                + "Je peux vous aider à passer du tableur à R et à publier vos études avec Quarto.";
        claire.skills = List.of(
                new SkillLevel("r", 4),
                new SkillLevel("tidyverse", 4),
                new SkillLevel("quarto", 4),
                new SkillLevel("statistiques", 4),
                new SkillLevel("python", 3),
                new SkillLevel("git", 3));
        claire.canMentor = true;
        claire.mentorCapacity = 3;
        claire.availability = "Le jeudi après-midi";
        claire.tchapHandle = DemoAgents.tchapHandle("claire.fontaine", "finances");

        Member karim =
                agent("Karim", "Benali", "karim.benali@developpement-durable.gouv.fr", organizations.apply("SDES"));
        karim.extraRoles.add(Roles.ANIMATEUR);
        karim.serviceType = ADMINISTRATION_CENTRALE;
        karim.regionCode = "IDF";
        karim.category = Category.A;
        karim.jobTitle = "Data scientist";
        karim.bio = "Co-animateur de Spyrales, je m'occupe du parcours Python. J'aime montrer comment cartographier "
                + "les données ouvertes de l'environnement avec geopandas.";
        karim.skills = List.of(
                new SkillLevel("python", 4),
                new SkillLevel("pandas", 4),
                new SkillLevel("git", 4),
                new SkillLevel("cartographie", 3),
                new SkillLevel("apprentissage-automatique", 3),
                new SkillLevel("sql", 3));
        karim.canMentor = true;
        karim.mentorCapacity = 2;
        karim.availability = "1 h par semaine";
        karim.tchapHandle = DemoAgents.tchapHandle("karim.benali", "dev-durable");

        Member admin = agent("Alex", "Admin", "admin.demo@numerique.gouv.fr", organizations.apply("DINUM"));
        admin.extraRoles.add(Roles.ADMIN);
        admin.serviceType = ADMINISTRATION_CENTRALE;
        admin.regionCode = "IDF";
        admin.category = Category.A;
        admin.jobTitle = "Responsable de la plateforme Spyrales";
        admin.bio = "Compte d'administration de la démonstration : gestion des rôles et modération des profils.";
        admin.skills = List.of(new SkillLevel("python", 3), new SkillLevel("sql", 3), new SkillLevel("git", 4));

        Member lea = agent("Léa", "Moreau", "lea.moreau@justice.gouv.fr", organizations.apply("SDSE"));
        lea.serviceType = ADMINISTRATION_CENTRALE;
        lea.regionCode = "IDF";
        lea.category = Category.B;
        lea.jobTitle = "Contrôleuse de l'Insee";
        lea.bio = "J'exploite les statistiques des tribunaux dans un tableur et je voudrais passer à R. "
                + "Je cherche un mentor pour écrire mes premiers scripts.";
        lea.skills =
                List.of(new SkillLevel("r", 1), new SkillLevel("statistiques", 2), new SkillLevel("tableur-avance", 3));
        lea.wantsMentor = true;
        lea.learningSkills = new java.util.HashSet<>(List.of("r", "statistiques"));
        lea.availability = "Le mardi matin";
        lea.tchapHandle = DemoAgents.tchapHandle("lea.moreau", "justice");

        return List.of(claire, karim, admin, lea);
    }
}
