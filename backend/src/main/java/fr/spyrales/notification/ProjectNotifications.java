package fr.spyrales.notification;

import fr.spyrales.member.Member;
import fr.spyrales.member.MemberRepository;
import fr.spyrales.member.NotificationKind;
import fr.spyrales.project.ProjectTeamNews;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Who hears about a project's team, inside the change's transaction. The texts name the project, never a person
 * nor what a person wrote: a member's erasure then leaves nothing of theirs in the others' notifications.
 */
@ApplicationScoped
public class ProjectNotifications {
    private final MemberRepository members;
    private final Notifier notifier;

    ProjectNotifications(MemberRepository members, Notifier notifier) {
        this.members = members;
        this.notifier = notifier;
    }

    void onNews(@Observes ProjectTeamNews news) {
        String project = "« " + news.projectTitle() + " »";
        for (Member recipient : members.list("id in ?1", news.recipients())) {
            switch (news.kind()) {
                case JOIN_REQUESTED ->
                    notifier.sendAboutProject(
                            NotificationKind.PROJECT_JOIN_REQUESTED,
                            recipient,
                            news,
                            "Nouvelle demande pour rejoindre " + project,
                            "Un membre souhaite rejoindre l'équipe : acceptez ou déclinez sa demande.");
                case JOIN_ACCEPTED ->
                    notifier.sendAboutProject(
                            NotificationKind.PROJECT_JOIN_ACCEPTED,
                            recipient,
                            news,
                            "Bienvenue dans l'équipe de " + project,
                            "Votre demande a été acceptée : vous faites maintenant partie de l'équipe.");
                case JOIN_DECLINED ->
                    notifier.sendAboutProject(
                            NotificationKind.PROJECT_JOIN_DECLINED,
                            recipient,
                            news,
                            "Votre demande pour rejoindre " + project + " a été déclinée",
                            "Le motif est indiqué sur votre demande. D'autres projets cherchent peut-être vos compétences.");
                case PROMOTED ->
                    notifier.sendAboutProject(
                            NotificationKind.PROJECT_PROMOTED,
                            recipient,
                            news,
                            "Vous êtes responsable de " + project,
                            "Vous pouvez modifier le projet et répondre aux demandes pour rejoindre l'équipe.");
                case DATASET_VERIFIED ->
                    notifier.sendAboutProject(
                            NotificationKind.PROJECT_DATASET_REVIEWED,
                            recipient,
                            news,
                            "Un jeu de données de " + project + " est vérifié",
                            "Après vérification, c'est bien un jeu de données ouvertes : il n'est plus « à vérifier ».");
                case DATASET_REFUSED ->
                    notifier.sendAboutProject(
                            NotificationKind.PROJECT_DATASET_REVIEWED,
                            recipient,
                            news,
                            "Un jeu de données de " + project + " est refusé",
                            "Après vérification, ce n'est pas un jeu de données ouvertes : la raison est indiquée sur"
                                    + " la page du projet. Retirez-le, ou remplacez-le par un jeu de données ouvertes.");
                case CLOSED_BY_ANIMATION ->
                    notifier.sendAboutProject(
                            NotificationKind.PROJECT_CLOSED_BY_ANIMATION,
                            recipient,
                            news,
                            project + " a été clos par les animateurs",
                            "Le projet est archivé. Motif indiqué : « " + news.reason() + " »");
                case LEAD_APPOINTED ->
                    notifier.sendAboutProject(
                            NotificationKind.PROJECT_LEAD_APPOINTED,
                            recipient,
                            news,
                            "Les animateurs vous ont désigné·e responsable de " + project,
                            "Vous pouvez modifier le projet et répondre aux demandes pour rejoindre l'équipe. Motif"
                                    + " indiqué : « " + news.reason() + " »");
                case REPORTED ->
                    notifier.sendAboutProject(
                            NotificationKind.PROJECT_REPORTED,
                            recipient,
                            news,
                            Notifier.reportedProjectPath(news.projectId()),
                            project + " a été signalé",
                            "Un membre a signalé ce projet : lisez le signalement dans la console d'animation et"
                                    + " classez-le ou archivez le projet.");
                case REPORT_DISMISSED ->
                    notifier.sendAboutProject(
                            NotificationKind.PROJECT_REPORT_DECIDED,
                            recipient,
                            news,
                            "Votre signalement de " + project + " a été traité",
                            "Les animateurs l'ont classé sans suite. Leur note : « " + news.reason() + " »");
                case REPORT_ARCHIVED ->
                    notifier.sendAboutProject(
                            NotificationKind.PROJECT_REPORT_DECIDED,
                            recipient,
                            news,
                            "Votre signalement de " + project + " a été traité",
                            "Les animateurs ont archivé le projet. Leur note : « " + news.reason() + " »");
            }
        }
    }
}
