package fr.spyrales.survey;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "SurveyWish",
        description = "Ce que la communauté devrait faire davantage : MENTORSHIP (mentorat), EVENTS (webinaires et "
                + "ateliers), TRAINING (ressources de formation), CHALLENGES (défis de La Piscine), PROJECTS (projets "
                + "communs), LOCAL_MEETUPS (rencontres en région), OTHER (autre, à préciser dans wishOther).")
public enum Wish {
    MENTORSHIP,
    EVENTS,
    TRAINING,
    CHALLENGES,
    PROJECTS,
    LOCAL_MEETUPS,
    OTHER
}
