package org.campaignbot.channel.dingtalk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * DingTalk's sign covers only the timestamp and stays valid for an hour, and msgId dedupe used to last ten minutes:
 * a callback captured and replayed fifteen minutes later was answered again (and, through 进展/办结, acted again).
 * Each (timestamp, sign) pair is now accepted once, and msgIds are remembered longer than a sign stays valid.
 */
class DingTalkReplayTest extends DingTalkAppTestBase {

    @Test
    void aCallbackReplayedFifteenMinutesLaterIsRefusedAndNothingIsSent() throws Exception {
        String session = unique("replay");
        String body = JSON.writeValueAsString(message(unique("m"), false, "u1", "帮助", session));
        clock.advance(Duration.ofMillis(1)); // a timestamp no other test has signed
        String timestamp = Long.toString(clock.millis());
        String sign = DingTalkSigner.sign(timestamp, APP_SECRET);
        assertThat(post(body, timestamp, sign).statusCode()).isEqualTo(200);
        FAKE.awaitReply(session);

        clock.advance(Duration.ofMinutes(15));
        var replay = post(body, timestamp, sign);
        assertThat(replay.statusCode()).isEqualTo(403);
        assertThat(replay.body()).contains("签名已经用过");
        // the captured headers on a new body (another msgId, another command) are refused just the same
        var reused = post(JSON.writeValueAsString(message(unique("m"), false, "u1", "办结 1", session)), timestamp, sign);
        assertThat(reused.statusCode()).isEqualTo(403);

        // a genuine message afterwards in the same session is the second and last reply
        assertThat(postSigned(message(unique("m"), false, "u1", "帮助", session)).statusCode()).isEqualTo(200);
        assertThat(FAKE.await(() -> FAKE.replies(session), 2)).hasSize(2);
    }

    @Test
    void aMsgIdIsRememberedForLongerThanASignStaysValid() throws Exception {
        String session = unique("msgid");
        var first = message(unique("m"), false, "u1", "帮助", session);
        assertThat(postSigned(first).statusCode()).isEqualTo(200);
        FAKE.awaitReply(session);
        clock.advance(Duration.ofMinutes(59)); // freshly signed, so only the msgId can tell it is a repeat
        assertThat(postSigned(first).statusCode()).isEqualTo(200);
        assertThat(postSigned(message(unique("m"), false, "u1", "帮助", session)).statusCode()).isEqualTo(200);
        assertThat(FAKE.await(() -> FAKE.replies(session), 2)).hasSize(2);
    }
}
