package fr.spyrales.security;

import fr.spyrales.support.TestAccounts.Account;
import fr.spyrales.survey.SurveyFixtures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;

/**
 * Contexts of the survey operations: a campaign open now, written without telling anyone, after the caller joined
 * (so that a member was sent it and may answer). Opening closes whatever campaign was open, and the campaign the call
 * opened is closed afterwards: one is open at a time.
 */
@ApplicationScoped
public class SurveyScenarios {
    @Inject
    SurveyFixtures surveys;

    @Inject
    Cast cast;

    public Map<String, Scenario> all() {
        return Map.ofEntries(
                Map.entry("listSurveyCampaigns", (caller, row) -> Call.by(cast.who(caller))),
                Map.entry("getCurrentSurvey", onOpen()),
                Map.entry("getSurveyTrend", (caller, row) -> Call.by(cast.who(caller))),
                Map.entry("openSurveyCampaign", (caller, row) -> {
                    Account who = cast.who(caller);
                    surveys.closeAnyOpen();
                    return Call.by(who)
                            .body(Map.of(
                                    "title",
                                    "Enquête de satisfaction — matrice",
                                    "closesOn",
                                    SurveyFixtures.today().plusDays(7).toString()))
                            .afterwards(response -> surveys.closeAnyOpen());
                }),
                Map.entry("closeSurveyCampaign", onOpen()),
                Map.entry("getSurveyResults", onOpen()),
                Map.entry(
                        "answerSurvey",
                        (caller, row) -> onOpen().prepare(caller, row).body(SurveyFixtures.answer(9, Map.of()))));
    }

    /** A campaign opened after the caller joined. */
    private Scenario onOpen() {
        return (caller, row) -> {
            Account who = cast.who(caller);
            UUID campaign = surveys.openQuietly("Enquête de satisfaction — matrice");
            return Call.by(who).path("id", campaign).afterwards(response -> surveys.closeAnyOpen());
        };
    }
}
