-- Where a push that is split into several messages (WeCom byte limits) continues after a failed or interrupted
-- part, so a restart does not send the earlier parts again. One row per push in progress; removed when it completes.
CREATE TABLE channel_resume (
    progress_key VARCHAR(120) PRIMARY KEY,   -- channel:sha1(target, format, text)
    next_part    INT    NOT NULL,            -- index of the first part not yet sent
    updated_at   BIGINT NOT NULL
);
CREATE INDEX channel_resume_updated ON channel_resume (updated_at);
