package org.campaignbot.outbox;

/** Where an outbox row is in its delivery, stored by name in {@code outbox.status}. */
public enum OutboxStatus {
    /** Waiting to be sent, for the first time or again after a failure, from {@code next_attempt_at} on. */
    PENDING,
    /** Claimed by one dispatcher until {@code claimed_until}; claimable again if that lease runs out unmarked. */
    SENDING,
    /** Accepted by the platform; never sent again. */
    SENT
}
