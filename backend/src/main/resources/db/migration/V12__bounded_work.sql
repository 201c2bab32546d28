-- Bounded work: one matching run computes at a time, and what a pairing accumulates has a ceiling. The services
-- check each rule under a lock and explain it in French; these are the database's own guarantees behind them.

-- At most one run computing (a run reads the whole cohort). The service serialises starts and names the run
-- in progress; this index refuses a second one whatever path it takes.
CREATE UNIQUE INDEX matching_run_one_computing_key ON matching_run ((true)) WHERE status = 'RUNNING';

-- Ceilings per pairing: 10 goals (MAX_GOALS), 50 comments per goal (MAX_COMMENTS), 200 sessions (MAX_SESSIONS),
-- far above what a pairing of a few months needs. Each trigger locks the pairing's row first, as the services do,
-- so that concurrent additions are counted one after the other.
CREATE FUNCTION mentorship_goal_check_ceiling() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM 1 FROM mentorship WHERE id = NEW.mentorship_id FOR UPDATE;
    IF (SELECT count(*) FROM mentorship_goal WHERE mentorship_id = NEW.mentorship_id) >= 10 THEN
        RAISE EXCEPTION 'mentorship_goal_ceiling: pairing % already has 10 goals', NEW.mentorship_id
            USING ERRCODE = 'P0001', CONSTRAINT = 'mentorship_goal_ceiling';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER mentorship_goal_ceiling_trg BEFORE INSERT ON mentorship_goal
    FOR EACH ROW EXECUTE FUNCTION mentorship_goal_check_ceiling();

CREATE FUNCTION mentorship_goal_comment_check_ceiling() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM 1 FROM mentorship m JOIN mentorship_goal g ON g.mentorship_id = m.id WHERE g.id = NEW.goal_id FOR UPDATE OF m;
    IF (SELECT count(*) FROM mentorship_goal_comment WHERE goal_id = NEW.goal_id) >= 50 THEN
        RAISE EXCEPTION 'mentorship_goal_comment_ceiling: goal % already has 50 comments', NEW.goal_id
            USING ERRCODE = 'P0001', CONSTRAINT = 'mentorship_goal_comment_ceiling';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER mentorship_goal_comment_ceiling_trg BEFORE INSERT ON mentorship_goal_comment
    FOR EACH ROW EXECUTE FUNCTION mentorship_goal_comment_check_ceiling();

CREATE FUNCTION mentorship_session_check_ceiling() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM 1 FROM mentorship WHERE id = NEW.mentorship_id FOR UPDATE;
    IF (SELECT count(*) FROM mentorship_session WHERE mentorship_id = NEW.mentorship_id) >= 200 THEN
        RAISE EXCEPTION 'mentorship_session_ceiling: pairing % already has 200 sessions', NEW.mentorship_id
            USING ERRCODE = 'P0001', CONSTRAINT = 'mentorship_session_ceiling';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER mentorship_session_ceiling_trg BEFORE INSERT ON mentorship_session
    FOR EACH ROW EXECUTE FUNCTION mentorship_session_check_ceiling();
