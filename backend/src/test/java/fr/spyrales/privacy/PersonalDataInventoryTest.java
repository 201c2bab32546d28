package fr.spyrales.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import fr.spyrales.support.ApiContract;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every table of the database, said to hold personal data or not. A table added by a migration (or a column
 * added to a personal table, or a reference to a member added anywhere) fails this test until its line below
 * says how the member's export and erasure cover it. {@link PersonalDataTest} then proves the erasure on real
 * data: none of the member's words stays in any text column.
 */
@QuarkusTest
class PersonalDataInventoryTest {
    private static final String HOW_TO = """
            Add one line for it to PersonalDataInventoryTest.INVENTORY:
              - notPersonal("table", "why no member data is in it"), or
              - personal("table", "<export section>", "<what erasure does to it>", "<every column>") once the feature's
                PersonalDataSection exports it and its @Observes MemberErased erases it (see fr.spyrales.privacy), or
                personalNotExported("table", "<why it is not exported>", "<what erasure does to it>", "<every column>").""";

    /** One line per table. Export sections are properties of PersonalDataExport in openapi.yaml. */
    private static final List<Table> INVENTORY = List.of(
            notPersonal("organization", "referential of public bodies"),
            notPersonal("region", "referential of regions"),
            notPersonal("skill", "referential of skills"),
            personal(
                    "member",
                    "profile",
                    "anonymised: « Membre supprimé », address supprime-<id>@invalid, every other field cleared",
                    "id email password_hash first_name last_name display_name email_verified_at organization_id service_type region_code"
                            + " category job_title bio wants_mentor can_mentor mentor_capacity availability tchap_handle visibility is_demo"
                            + " created_at updated_at erased_at search_vector max_skill_level"),
            personal("member_role", "profile", "deleted", "member_id role granted_at"),
            personal("member_skill", "profile", "deleted", "member_id skill_code level"),
            personal("member_learning_skill", "profile", "deleted", "member_id skill_code"),
            personal("member_email_opt_out", "profile", "deleted", "member_id kind"),
            personal(
                    "email_token",
                    "account",
                    "deleted",
                    "id member_id purpose token_hash created_at expires_at used_at proconnect_link_hash"),
            personal(
                    "refresh_token",
                    "account",
                    "deleted",
                    "id member_id family_id token_hash created_at expires_at rotated_at revoked_at"),
            personal(
                    "member_proconnect",
                    "account",
                    "deleted",
                    "member_id subject siret linked_at last_login_at siren suggestion_dismissed_siren"),
            personalNotExported(
                    "proconnect_pending_link",
                    "a link waiting minutes for the password: a secret, and ProConnect's own statement (id token)",
                    "deleted",
                    "token_hash member_id subject siret id_token created_at expires_at"),
            personal(
                    "audit_event",
                    "securityEvents",
                    "kept with the account's pseudonymous id until the retention purge (spyrales.audit.retention)",
                    "id occurred_at category action outcome actor_member_id actor_client_id target_type target_id"
                            + " subject_member_id ip_address detail"),
            personalNotExported(
                    "proconnect_session",
                    "ProConnect's id token, kept only to end the ProConnect session at logout",
                    "deleted",
                    "family_id member_id id_token created_at"),
            notPersonal(
                    "partner_client",
                    "another administration's application; contact_email is that administration's technical contact"
                            + " (a functional mailbox in general), not a member's account"),
            personalNotExported(
                    "survey_campaign",
                    "a campaign of the satisfaction survey: opened_by names the animateur who opened it, an act of"
                            + " the role, not the member's own data",
                    "kept: opened_by names the anonymised account (« Membre supprimé »)",
                    "id title opened_at closes_on closed_at opened_by invited"),
            personalNotExported(
                    "survey_participation",
                    "says only that the member answered a campaign, which the survey page tells them (« vous avez"
                            + " déjà répondu »); it has no time and no link to the answer",
                    "kept: it names the anonymised account, and keeps the campaign's count of who answered",
                    "campaign_id member_id"),
            notPersonal(
                    "survey_answer",
                    "anonymous answers to the satisfaction survey: no member id, a random id, the day alone; category"
                            + " and kind of organisation are shown only in segments of at least 5 answers"),
            notPersonal("partner_client_secret", "SHA-256 hashes of partner clients' secrets"),
            notPersonal("partner_client_usage", "calls per partner client and day"),
            personalNotExported(
                    "partner_client_change",
                    "the history of a partner client, kept for the administrators: who changed it is part of the"
                            + " record, not the member's own data",
                    "kept: changed_by names the anonymised account (« Membre supprimé »)",
                    "id client_id kind changed_by changed_at fields"),
            personalNotExported(
                    "animation_reminder",
                    "the animateurs' log of the reminders they sent from the console: who reminded which line; the"
                            + " reminded members are not stored (they received the notification, which is exported)",
                    "kept: sent_by names the anonymised account (« Membre supprimé »)",
                    "id queue target_id recipients sent_by sent_at quiet_until"),
            personalNotExported(
                    "member_suspension",
                    "an administrators' measure on the account, with its reason, also in the audit log; the member"
                            + " asks the administrators about it",
                    "the member's suspension is deleted; one an erased admin decided keeps naming the anonymised account",
                    "member_id reason suspended_by suspended_at"),
            personalNotExported(
                    "rate_limit_bucket",
                    "throttling state keyed by a SHA-256 of the address, gone about 15 minutes after the"
                            + " last attempt, not a record about the member",
                    "the buckets keyed by the member's address are deleted",
                    "key_hash capacity refill_micros state full_at"),
            personal(
                    "mentorship_report",
                    "mentorshipReports",
                    "the member's reports and resolution notes → « contenu supprimé »; kept"
                            + " for the animateurs' follow-up",
                    "id mentorship_id author_id message status created_at resolved_at resolved_by resolution_note"),
            personal(
                    "project_report",
                    "projectReports",
                    "the comments of the member's reports and the notes of his decisions → « contenu supprimé »; the"
                            + " reports stay, naming the anonymised account, for the animateurs' follow-up of the project",
                    "id project_id reporter_id reason comment status created_at decided_at decided_by decision_note"),
            personal(
                    "mail_outbox",
                    "mails",
                    "the member's mails deleted; the mails held for others lose the member's name",
                    "id member_id recipient subject body created_at attempts next_attempt_at locked_until sent_at failed_at last_error"
                            + " attachment_name attachment_type attachment bulk"),
            personal(
                    "event_calendar_feed",
                    "eventCalendar",
                    "deleted: the address stops at once",
                    "member_id token_hash created_at"),
            personal("event_reminder_sent", "eventCalendar", "deleted", "kind event_id member_id starts_at sent_at"),
            personal(
                    "mentorship",
                    "mentorships",
                    "request message of the member as mentee → « contenu supprimé »; open ones ended; kept for the counterpart",
                    "id mentee_id mentor_id status message proposed_by_programme requested_at started_at planned_end_date ended_at updated_at"
                            + " last_session_on"),
            personal(
                    "mentorship_event",
                    "mentorships",
                    "comments of the member's own changes → « contenu supprimé » (date changes keep their dates)",
                    "id mentorship_id actor_id from_status to_status reason comment occurred_at"),
            personal(
                    "mentorship_goal",
                    "mentorshipGoals",
                    "title and details of the goals the member set → « contenu supprimé »",
                    "id mentorship_id title details done_at position created_by created_at updated_at path_id"),
            personal(
                    "mentorship_goal_comment",
                    "mentorshipGoals",
                    "the member's comments → « contenu supprimé »",
                    "id goal_id author_id body created_at"),
            personal(
                    "mentorship_session",
                    "mentorshipSessions",
                    "topics and notes of the sessions the member noted → « contenu supprimé »",
                    "id mentorship_id held_on duration_minutes topics notes created_by created_at"),
            personal(
                    "mentorship_feedback",
                    "mentorshipFeedback",
                    "the member's comments → « contenu supprimé »; ratings kept for the counterpart",
                    "mentorship_id author_id rating comment created_at"),
            personal(
                    "notification",
                    "notifications",
                    "the member's deleted; the counterparts' lose the member's name and quoted words",
                    "id member_id kind mentorship_id title body link created_at read_at"),
            personal("reminder_sent", "notifications", "deleted", "kind mentorship_id member_id sent_at"),
            personal(
                    "mentorship_session_reminder_sent",
                    "notifications",
                    "deleted",
                    "mentorship_id member_id starts_at sent_at"),
            personal(
                    "mentorship_next_session",
                    "mentorshipNextSessions",
                    "kept for the other party; the place and note the member wrote → « contenu supprimé »",
                    "mentorship_id starts_at duration_minutes place video_url note sequence planned_by planned_at"),
            personal("member_welcome_dismissed", "welcome", "deleted", "member_id dismissed_at"),
            personal(
                    "matching_run",
                    "matching",
                    "kept: no text written by a member; started_by and confirmed_by point to the anonymised row",
                    "id status stage started_by started_at finished_at candidates_per_mentee minimum_score weight_skill weight_language"
                            + " weight_capacity weight_other_ministry weight_same_region mentee_count mentor_count candidate_count"
                            + " matched_count total_score_hundredths greedy_score_hundredths greedy_matched_count duration_ms error"
                            + " confirmed_at confirmed_by created_count skipped_count lease_holder lease_until"),
            personal(
                    "matching_proposal",
                    "matching",
                    "kept: reasons are computed, names are read from the anonymised member rows",
                    "run_id mentee_id mentor_id score_hundredths reasons removed_at outcome outcome_detail mentorship_id"),
            personalNotExported(
                    "matching_mentor",
                    "a copy, kept by triggers for the suggestions, of what the profile section already exports (capacity,"
                            + " organisation, region, skills, the name as a sort key) and of the pairings counted as"
                            + " taken places",
                    "deleted by the same triggers: an erased member leaves the mentor pool",
                    "member_id capacity taken organization_id region_code levels sort_name"),
            personal(
                    "project",
                    "projects",
                    "kept: the community's texts about open data; created_by, attested_by and deleted_by point to the"
                            + " anonymised row; archived if the member was its whole team",
                    "id title summary description topics languages welcomes_beginners status repository_url tchap_room_url"
                            + " max_team_size created_by created_at updated_at attested_by attested_at attestation_version"
                            + " deleted_at deleted_by search_vector"),
            notPersonal("project_skill", "the skills a project seeks, about no member"),
            notPersonal("tchap_room", "a Tchap room the animateurs configured (no member named; the bot token sealed)"),
            notPersonal(
                    "tchap_notice",
                    "notices posted to Tchap rooms: titles of events, challenges, resources and projects, no member"),
            notPersonal("tchap_notice_attempt", "the outcome of each call to a homeserver"),
            personal(
                    "project_member",
                    "projects",
                    "deleted; a project whose last lead the member was passes to the team member who joined first",
                    "project_id member_id role joined_at"),
            personal(
                    "project_join_request",
                    "projects",
                    "the member's requests deleted; the reasons the member gave when declining → « contenu supprimé »",
                    "id project_id member_id message state created_at answered_by answered_at answer_reason"),
            personal(
                    "challenge",
                    "challenges",
                    "kept: the community's exercises on open data; created_by and deleted_by point to the anonymised"
                            + " row",
                    "id title task suggested_level suggested_language dataset_id opens_at closes_at created_by"
                            + " created_at updated_at deleted_at deleted_by"),
            personal(
                    "challenge_entry",
                    "challenges",
                    "the member's entries deleted, with the kudos and comments they received; highlighted_by of"
                            + " others' entries points to the anonymised row",
                    "id challenge_id member_id link text language vestiaire blocked_by submitted_at updated_at"
                            + " highlighted_at highlighted_by"),
            personal(
                    "challenge_kudos",
                    "challenges",
                    "the kudos the member gave deleted",
                    "entry_id member_id given_at"),
            personal(
                    "challenge_entry_comment",
                    "challenges",
                    "the member's comments deleted; deleted_by of the comments the member removed as an animateur"
                            + " points to the anonymised row",
                    "id entry_id author_id body created_at deleted_at deleted_by"),
            personal(
                    "training_resource",
                    "library",
                    "the member's proposals never published deleted; published ones kept for the community with"
                            + " proposed_by set to null; the reasons the member wrote as an animateur replaced and"
                            + " moderated_by set to null",
                    "id title url normalized_url type programming_language level topics content_language"
                            + " duration_minutes free author description status proposed_by proposed_by_client proposed_at published_at"
                            + " moderated_by moderated_at moderation_note updated_at rating_sum rating_count"
                            + " search_vector"),
            notPersonal(
                    "training_resource_search",
                    "the search's copy of the published resources (document, facets, rating totals), without the"
                            + " proposer or moderator; follows training_resource by trigger"),
            notPersonal("training_resource_facet_cell", "the combinations of the library's facet values"),
            personal(
                    "training_resource_rating",
                    "library",
                    "deleted, and the averages of the resources recomputed",
                    "resource_id member_id stars comment rated_at"),
            personal("training_resource_bookmark", "library", "deleted", "resource_id member_id bookmarked_at"),
            personal("training_resource_done", "library", "deleted", "resource_id member_id done_at"),
            personal(
                    "learning_path",
                    "learningPaths",
                    "the member's drafts deleted; the paths they published kept for their followers with author_id"
                            + " set to null",
                    "id title goal level programming_language skills estimated_minutes status author_id created_at"
                            + " updated_at published_at archived_at search_vector"),
            notPersonal(
                    "learning_path_step",
                    "the steps of a path (a library resource, the author's note and checkpoint), about no member;"
                            + " exported with the author's paths, deleted with their drafts"),
            personal("learning_path_follow", "learningPaths", "deleted", "path_id member_id followed_at"),
            personal("learning_path_step_done", "learningPaths", "deleted", "step_id member_id done_at"),
            personal(
                    "dataset",
                    "datasets",
                    "kept: facts about public open data; declared_by and reviewed_by set to null, the member's review"
                            + " notes → « contenu supprimé »",
                    "id datagouv_id title producer licence licence_title url last_modified archived state reason pending"
                            + " declared_by declared_at checked_at reviewed_by reviewed_at review_note"),
            personal(
                    "project_dataset",
                    "projects",
                    "kept: the project still declares the dataset; added_by set to null",
                    "project_id dataset_id datagouv_id added_by added_at"),
            personal(
                    "event",
                    "events",
                    "kept: the community's event (its registrants keep their history); created_by set to null",
                    "id title description type starts_at ends_at online_url place capacity level language topics"
                            + " project_id path_id status cancellation_reason cancelled_at replay_url slides_url"
                            + " replay_announced_at sequence created_by created_at updated_at confirmed_count"
                            + " search_vector"),
            personal(
                    "event_speaker",
                    "events",
                    "the member's speaker entries deleted",
                    "event_id position member_id external_name"),
            personal(
                    "event_registration",
                    "events",
                    "deleted; each confirmed seat of an upcoming event goes at once to the first on its waitlist",
                    "event_id member_id status queue_number registered_at confirmed_at cancelled_at attended_at"),
            notPersonal(
                    "webhook_endpoint",
                    "a partner client's subscription (its own address and secret), about no member"),
            notPersonal(
                    "webhook_message",
                    "the public fields of what a webhook announces (event, resource, project, challenge; a pairing's"
                            + " id, status and dates, never its members' ids or names), purged 30 days after delivery"),
            notPersonal("webhook_delivery", "when and how a message went to a partner's endpoint"),
            notPersonal("webhook_attempt", "a partner server's answers (status, duration, error)"),
            notPersonal(
                    "statistics_snapshot",
                    "the public statistics: counts by month, region, kind… aggregated, none under 5 published"));

    @Inject
    EntityManager em;

    /**
     * How a table is covered.
     *
     * @param section the export's property that holds it; null when it is not exported
     * @param columns every column, for personal tables: a new one must be looked at too
     */
    record Table(String name, boolean personal, String section, String why, Set<String> columns) {}

    static Table notPersonal(String name, String why) {
        return new Table(name, false, null, why, Set.of());
    }

    static Table personal(String name, String section, String erasure, String columns) {
        return new Table(name, true, section, erasure, Set.of(columns.split(" ")));
    }

    static Table personalNotExported(String name, String whyNotExported, String erasure, String columns) {
        return new Table(name, true, null, whyNotExported + "; " + erasure, Set.of(columns.split(" ")));
    }

    @Test
    void everyTableOfTheDatabaseIsClassified() {
        Map<String, Table> inventory = inventory();
        assertEquals(INVENTORY.size(), inventory.size(), "a table has two lines in the inventory");
        Map<String, Set<String>> schema = columnsByTable();
        Set<String> unclassified = new TreeSet<>(schema.keySet());
        unclassified.removeAll(inventory.keySet());
        assertTrue(
                unclassified.isEmpty(),
                "tables nobody said whether they hold personal data: " + unclassified + "\n" + HOW_TO);
        Set<String> gone = new TreeSet<>(inventory.keySet());
        gone.removeAll(schema.keySet());
        assertTrue(gone.isEmpty(), "the inventory names tables the database no longer has: " + gone);
    }

    @Test
    void everyColumnOfAPersonalTableIsKnown() {
        Map<String, Set<String>> schema = columnsByTable();
        List<String> drift = new ArrayList<>();
        for (Table table : INVENTORY) {
            if (table.personal()
                    && schema.containsKey(table.name())
                    && !schema.get(table.name()).equals(table.columns())) {
                Set<String> added = new TreeSet<>(schema.get(table.name()));
                added.removeAll(table.columns());
                Set<String> removed = new TreeSet<>(table.columns());
                removed.removeAll(schema.get(table.name()));
                drift.add(table.name() + ": new " + added + ", gone " + removed);
            }
        }
        assertTrue(
                drift.isEmpty(),
                "personal tables whose columns changed; check that the feature's export and erasure cover "
                        + "the new ones, then update their line in PersonalDataInventoryTest.INVENTORY:\n"
                        + String.join("\n", drift));
    }

    @Test
    void aTableThatPointsAtAMemberIsPersonal() {
        Map<String, Table> inventory = inventory();
        @SuppressWarnings("unchecked")
        List<String> referring = QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery("""
                        SELECT DISTINCT c.conrelid::regclass::text FROM pg_constraint c
                         WHERE c.contype = 'f' AND c.confrelid = 'member'::regclass""").getResultList());
        List<String> wrong = referring.stream()
                .filter(t -> inventory.containsKey(t) && !inventory.get(t).personal())
                .sorted()
                .toList();
        assertTrue(
                wrong.isEmpty(),
                "tables that reference a member but are classified as not personal: " + wrong + "\n" + HOW_TO);
    }

    @Test
    void everySectionNamedIsInTheContractsExport() {
        JsonNode properties =
                ApiContract.committed().document().at("/components/schemas/PersonalDataExport/properties");
        Set<String> contract = new TreeSet<>();
        properties.fieldNames().forEachRemaining(contract::add);
        Set<String> named = INVENTORY.stream()
                .map(Table::section)
                .filter(s -> s != null)
                .collect(Collectors.toCollection(TreeSet::new));
        named.removeAll(contract);
        assertTrue(
                named.isEmpty(), "export sections named in the inventory but absent from PersonalDataExport: " + named);
    }

    private static Map<String, Table> inventory() {
        return INVENTORY.stream()
                .collect(Collectors.toMap(Table::name, Function.identity(), (a, b) -> a, TreeMap::new));
    }

    private Map<String, Set<String>> columnsByTable() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery("""
                        SELECT c.table_name, string_agg(c.column_name, ' ') FROM information_schema.columns c
                          JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
                         WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
                           AND c.table_name <> 'flyway_schema_history'
                         GROUP BY c.table_name""").getResultList());
        return rows.stream()
                .collect(Collectors.toMap(
                        r -> (String) r[0],
                        r -> new TreeSet<>(Arrays.asList(((String) r[1]).split(" "))),
                        (a, b) -> a,
                        TreeMap::new));
    }
}
