-- The durable inbox: every question a platform handed us is stored here before we acknowledge it, and stays WAITING
-- until its answer is handed to the platform's delivery path (DONE). After a restart, or on another instance sharing
-- the database, a WAITING row whose claim has run out is answered again if its reply window is still open, else
-- marked EXPIRED with a log line. Rows are purged a day after they were received.
CREATE TABLE inbox (
    msg_key         VARCHAR(300) PRIMARY KEY,  -- the dedupe key, e.g. wecom:app:<MsgId>, dingtalk:<msgId>
    transport       VARCHAR(40)  NOT NULL,     -- which door it came in: wecom-app, wecom-aibot, wecom-longconn, dingtalk
    channel         VARCHAR(20)  NOT NULL,     -- IncomingMessage.channel: wecom, dingtalk
    conversation_id VARCHAR(200) NOT NULL,
    user_id         VARCHAR(200) NOT NULL,
    user_name       VARCHAR(100),
    text            TEXT         NOT NULL,
    group_chat      BOOLEAN      NOT NULL,
    mentioned       BOOLEAN      NOT NULL,
    route           TEXT,                      -- what the transport needs to deliver later (DingTalk: the sessionWebhook)
    status          VARCHAR(10)  NOT NULL,     -- WAITING, DONE, EXPIRED
    received_at     BIGINT       NOT NULL,
    claimed_until   BIGINT       NOT NULL      -- an instance is answering it until then; 0 = free
);
CREATE INDEX inbox_waiting ON inbox (status, claimed_until);
CREATE INDEX inbox_received ON inbox (received_at);
