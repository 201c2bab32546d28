-- Which instance computes a run or sends a confirmed run's requests: the holder of the run's lease, renewed while it
-- lives (matching/MatchingLease.java). A lease that ran out means its holder stopped: another instance fails the run it
-- was computing, or takes over the sending. Before this, any instance starting failed every run still computing,
-- including one another instance was computing.
ALTER TABLE matching_run
    ADD COLUMN lease_holder text CHECK (length(lease_holder) <= 100),
    ADD COLUMN lease_until timestamptz;

CREATE INDEX matching_run_lease_idx ON matching_run (lease_until) WHERE status IN ('RUNNING', 'CONFIRMING');
