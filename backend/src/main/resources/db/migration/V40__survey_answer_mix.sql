-- The survey's answers are mixed before anybody reads them, so that an answer cannot be linked to its member by the
-- database itself.
--
-- Why: an answer is written in the member's transaction, with their participation (one answer per participation,
-- atomically). Both rows then carry the same transaction id (xmin), and both tables grow in the same order (the k-th
-- participation beside the k-th answer, an order pg_dump keeps). Either links a member to their answer.
--
-- How: the answer is written unmixed (mixed = false). A job (survey/SurveyMixer.java, every
-- spyrales.survey.mix-every, 10 minutes by default) rewrites, in one transaction of its own, the waiting answers of a
-- campaign once at least 5 wait, or once the campaign is closed (closing mixes what waits at once, in the closing
-- transaction): it re-inserts them with new random ids, in random order (ORDER BY random()), as mixed rows, and
-- deletes the originals. Their xmin is then the job's, shared by the whole batch, and their physical place says
-- nothing of the order they came in. The rows it mixes are locked (FOR UPDATE SKIP LOCKED): two instances never
-- mix the same rows twice. The results read the mixed answers only: they move by batches of at least 5 (or at the
-- close), never by one answer that a reload before and after would give away.
--
-- What remains (said as well in the README's survey section):
-- - until the mix (10 minutes, or longer when fewer than 5 answers wait and the campaign is still open) an answer
--   keeps its member's xmin and its place: someone who reads the tables in that window can link them;
-- - the deleted originals stay in the table's pages as dead tuples until (auto)vacuum reclaims them: a superuser
--   reading raw pages (pageinspect) or a copy of the data files taken before can still see them, with their xmin;
-- - the write-ahead log, and base backups or replicas built from it, keep the original inserts for their retention;
-- - the mix hides who gave which answer, not what a small group says: segments stay hidden under 5 answers.
ALTER TABLE survey_answer ADD COLUMN mixed boolean NOT NULL DEFAULT false;
CREATE INDEX survey_answer_waiting_idx ON survey_answer (campaign_id) WHERE NOT mixed;

-- The answers given before this version are mixed now, every campaign at once, whatever their number.
WITH moved AS (
    DELETE FROM survey_answer RETURNING *
)
INSERT INTO survey_answer (id, campaign_id, answered_on, recommendation, less_alone, python_progress, r_progress,
                           wishes, wish_other, comment, category, organization_kind, mixed)
SELECT gen_random_uuid(), campaign_id, answered_on, recommendation, less_alone, python_progress, r_progress,
       wishes, wish_other, comment, category, organization_kind, true
  FROM moved
 ORDER BY random();
