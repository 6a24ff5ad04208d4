package org.campaignbot.supervision;

/** One progress report from chat: who (name and unit), when, what, and an optional percentage. */
public record Progress(long taskId, String reporter, String unit, String body, Integer percent, long reportedAt) {
}
