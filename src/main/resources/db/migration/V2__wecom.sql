-- WeCom answers in flight. A retried callback gets the reply it should have received, and an AI-bot stream poll
-- finds its answer on whichever instance it reaches. Rows are purged an hour after the question.
CREATE TABLE wecom_answer (
    msg_key      VARCHAR(300) PRIMARY KEY,   -- wecom:app:<MsgId> or wecom:aibot:<msgid>
    stream_id    VARCHAR(64) UNIQUE,         -- AI-bot stream id; NULL for the self-built app
    reply        TEXT,                       -- the rendered answer once ready (app: the passive part only)
    status       VARCHAR(10) NOT NULL,       -- PENDING, READY (AI bot, not yet shown), PASSIVE, PUSHED, STREAMED, POSTED
    chat_id      VARCHAR(200),               -- AI bot: group chatid, or the user id in a single chat
    response_url VARCHAR(2000),              -- AI bot: one-use URL for a late answer
    created_at   BIGINT NOT NULL
);
CREATE INDEX wecom_answer_created ON wecom_answer (created_at);

-- The newest unused AI-bot response_url per chat: the only way to push into an AI-bot chat (valid 1 h, usable once).
CREATE TABLE wecom_chat_url (
    chat_id      VARCHAR(200) PRIMARY KEY,
    response_url VARCHAR(2000) NOT NULL,
    received_at  BIGINT NOT NULL
);
