-- Several instances on one database (PostgreSQL; H2 runs the same tables for one instance).
-- Times are epoch milliseconds, like the other tables.

-- Which instance holds an outbox row's lease: an instance whose lease ran out and was taken over must not put the
-- row back to PENDING under the instance that now holds it.
ALTER TABLE outbox ADD COLUMN claimed_by VARCHAR(100);

-- Cluster-wide locks for the scheduled cycles (reminders, bulletins, daily quiz, backups, ledger and question-bank
-- sync): one holder at a time; a holder that dies frees the lock when locked_until passes.
CREATE TABLE cluster_lock (
    lock_name    VARCHAR(100) PRIMARY KEY,
    locked_until BIGINT       NOT NULL,
    locked_at    BIGINT       NOT NULL,
    locked_by    VARCHAR(100) NOT NULL
);

-- What a once-per-change job last acted on (e.g. a fingerprint of the plan files), so that the instances which all
-- notice one change to the shared knowledge folder act on it once.
CREATE TABLE cluster_state (
    state_key   VARCHAR(100) PRIMARY KEY,
    state_value VARCHAR(200) NOT NULL,
    updated_at  BIGINT       NOT NULL
);

-- Robot rate limits shared by every instance. A bucket row per robot is what senders lock (SELECT … FOR UPDATE), so
-- two instances count and take a robot's slots one after the other; a slot row per send inside the window.
CREATE TABLE rate_bucket (
    bucket_key VARCHAR(300) PRIMARY KEY,
    touched_at BIGINT       NOT NULL
);
CREATE TABLE rate_slot (
    bucket_key VARCHAR(300) NOT NULL,
    taken_at   BIGINT       NOT NULL
);
CREATE INDEX rate_slot_bucket ON rate_slot (bucket_key, taken_at);
