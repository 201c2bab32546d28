-- The public statistics page reads one row: the figures computed by the last refresh (a scheduled job), with the
-- small counts already hidden. Requests never aggregate over the members themselves.
CREATE TABLE statistics_snapshot (
    id            smallint PRIMARY KEY CHECK (id = 1),
    refreshed_at  timestamptz NOT NULL,
    figures       jsonb NOT NULL
);
