-- Close requests (办结申请) become a workflow: the office confirms or rejects. The requester's platform identity is
-- kept so that a rejection and its reason reach the person who asked; the last rejection is kept for the ledger.
ALTER TABLE sup_task ADD COLUMN close_requested_channel VARCHAR(20);
ALTER TABLE sup_task ADD COLUMN close_requested_user_id VARCHAR(200);
ALTER TABLE sup_task ADD COLUMN close_rejected_at BIGINT;
ALTER TABLE sup_task ADD COLUMN close_rejected_reason VARCHAR(1000);
