package org.campaignbot.channel.dingtalk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The vectors of platform-protocols.md §6.3 (computed independently in Python and Java). */
class DingTalkSignerTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1781760000000 | SEC-example         | Knuk5xQXUDEazYWxNr8xdXNxDWKpl5wQlRVU9deNnCE= | Knuk5xQXUDEazYWxNr8xdXNxDWKpl5wQlRVU9deNnCE%3D",
            "1577262236757 | this is secret      | hmPWwU+7lVdm3ZZz0r9tSfx0L4Q26jWOZr9+Gs6EZQM= | hmPWwU%2B7lVdm3ZZz0r9tSfx0L4Q26jWOZr9%2BGs6EZQM%3D",
            "1700000000000 | SEC0123456789abcdef | TSZbRFUuvaSQaRKUpF970OPCb2/LcQAP3wOvwZIzBZk= | TSZbRFUuvaSQaRKUpF970OPCb2%2FLcQAP3wOvwZIzBZk%3D"})
    void reproducesPublishedVectors(String timestamp, String secret, String sign, String urlEncoded) {
        assertThat(DingTalkSigner.sign(timestamp, secret)).isEqualTo(sign);
        assertThat(DingTalkSigner.urlEncodedSign(timestamp, secret)).isEqualTo(urlEncoded);
        assertThat(DingTalkSigner.verify(timestamp, sign, secret)).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "1577262236757 | hmPWwU%2B7lVdm3ZZz0r9tSfx0L4Q26jWOZr9%2BGs6EZQM%3D", // URL-encoded where raw is expected
            "1577262236758 | hmPWwU+7lVdm3ZZz0r9tSfx0L4Q26jWOZr9+Gs6EZQM=",       // other timestamp
            "1577262236757 | hmPWwU 7lVdm3ZZz0r9tSfx0L4Q26jWOZr9 Gs6EZQM=",       // '+' decoded to space
            "1577262236757 | ''",
            "NULL          | hmPWwU+7lVdm3ZZz0r9tSfx0L4Q26jWOZr9+Gs6EZQM=",
            "1577262236757 | NULL"})
    void refusesAnythingElse(String timestamp, String sign) {
        assertThat(DingTalkSigner.verify(timestamp, sign, "this is secret")).isFalse();
    }
}
