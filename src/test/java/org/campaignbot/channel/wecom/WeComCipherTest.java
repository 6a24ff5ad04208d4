package org.campaignbot.channel.wecom;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import javax.crypto.BadPaddingException;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** The published WXBizMsgCrypt vectors (reference §6.1) against the cipher and signature, without Spring. */
class WeComCipherTest {
    static final String TOKEN = "QDG6eK";
    static final String KEY = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C";
    static final String CORP = "wx5823bf96d3bd56c7";
    static final String ECHOSTR = "P9nAzCzyDtyTWESHep1vC5X9xho/qYX3Zpb4yKa9SKld1DsH3Iyt3tP3zNdtp+4RPcs8TgAE7OaBO+FZXvnaqQ==";
    static final String POST_ENCRYPT = "RypEvHKD8QQKFhvQ6QleEB4J58tiPdvo+rtK1I9qca6aM/wvqnLSV5zEPeusUiX5L5X/0lWfrf0QADHHhGd3QczcdCUpj911L3vg3W/sYYvuJTs3TUUkSUXxaccAS0qhxchrRYt66wiSpGLYL42aM6A8dTT+6k4aSknmPj48kzJs8qLjvd4Xgpue06DOdnLxAUHzM6+kDZ+HMZfJYuR+LtwGc2hgf5gsijff0ekUNXZiqATP7PF5mZxZ3Izoun1s4zG4LUMnvw2r+KqCKIw+3IQH03v+BCA9nMELNqbSf6tiWSrXJB3LAVGUcallcrw8V2t9EL4EhzJWrQUax5wLVMNS0+rUPA3k22Ncx4XXZS9o0MBH27Bo6BpNelZpS+/uh9KsNlY6bHCmJU9p8g7m3fVKn28H3KDYA5Pl/T8Z1ptDAVe0lXdQ2YoyyH2uyPIGHBZZIs2pDBS8R07+qN+E7Q==";
    static final String POST_PLAIN = """
            <xml><ToUserName><![CDATA[wx5823bf96d3bd56c7]]></ToUserName>
            <FromUserName><![CDATA[mycreate]]></FromUserName>
            <CreateTime>1409659813</CreateTime>
            <MsgType><![CDATA[text]]></MsgType>
            <Content><![CDATA[hello]]></Content>
            <MsgId>4561255354251345929</MsgId>
            <AgentID>218</AgentID>
            </xml>""";
    static final String REPLY_PLAIN = "<xml><ToUserName><![CDATA[mycreate]]></ToUserName><FromUserName><![CDATA[wx5823bf96d3bd56c7]]></FromUserName><CreateTime>1348831860</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[this is a test]]></Content><MsgId>1234567890123456</MsgId><AgentID>128</AgentID></xml>";
    static final String REPLY_ENCRYPT = "ZA4HuQypHxnRrA+A6SOHGI3nNAv6+Z6nS1d6HDerPrjSMx0nzuQMXgB0xtc1AKDrJcVbZxGbLpFeHc7GJSIGu9xPjyai00HIF7KqYx7A/caYFaL1F1lp5V7kfVlD8xPHFxXyD1J7Mv5ueLlW5cIEYefJZUVSgNKwzJ3Dcm4qft0bxc6kOSz1q7fIrF5VA6YIcaTqSZ3eOxP2+e9FPdrb8UHQXEf/IiEjOGpWkBQcn513yiDtSiYfxAy/auRtjykaxLDNmoksUiv4ovXIicUnvmYoR57vPixh2xctoNFJtQO5DXr7wBjpHTgha0Hha6CFx84Z4oO6FvkOgyyPW5bCy0LdrG04b5YcjEQMiL4Qt7c8/P/M7WVvM9D0Y/NFl88w+0a0ZFTs/luJotJ+hYLszB5hCo5epqYDgKcaOJnw6sSXxpyJcfuv7tzdNa7ffH45DDCshd78iTFqB+sGCxQapg==";

    final WeComCipher cipher = new WeComCipher(KEY, CORP);

    @Test
    void verifyUrlVectorSignsAndDecrypts() throws Exception {
        assertThat(WeComSignature.sign(TOKEN, "1409659589", "263014780", ECHOSTR))
                .isEqualTo("5c45ff5e21c57e6ad56bac8758b79b1d9ac89fd3");
        assertThat(cipher.decrypt(ECHOSTR)).isEqualTo("1616140317555161061");
    }

    @Test
    void postVectorDecryptsToTheExact284Bytes() throws Exception {
        assertThat(WeComSignature.sign(TOKEN, "1409659813", "1372623149", POST_ENCRYPT))
                .isEqualTo("477715d11cdb4164915debcba66cb864d751f3e6");
        String plain = cipher.decrypt(POST_ENCRYPT);
        assertThat(plain).isEqualTo(POST_PLAIN);
        assertThat(plain.getBytes(UTF_8)).hasSize(284);
    }

    @Test
    void jcePkcs5PaddingFailsOnThisVectorWhichIsWhyWeUnpadOurselves() throws Exception {
        byte[] key = Base64.getDecoder().decode(KEY + "=");
        Cipher jce = Cipher.getInstance("AES/CBC/PKCS5Padding");
        jce.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(key, 0, 16));
        assertThatThrownBy(() -> jce.doFinal(Base64.getDecoder().decode(POST_ENCRYPT))).isInstanceOf(BadPaddingException.class);
    }

    @Test
    void deterministicEncryptVectorReproduces() {
        String encrypt = cipher.encrypt(REPLY_PLAIN, "aaaabbbbccccdddd".getBytes(UTF_8));
        assertThat(encrypt).isEqualTo(REPLY_ENCRYPT);
        assertThat(WeComSignature.sign(TOKEN, "1409659813", "1372623149", encrypt))
                .isEqualTo("6fc162fb76ff519ac15c8cc905bcc423bee9e306");
    }

    @Test
    void officialAccountSiblingVectorWithChineseText() {
        WeComCipher mp = new WeComCipher("abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG", "wxb11529c136998cb6");
        assertThat(mp.encrypt("我是中文abcd123", "aaaabbbbccccdddd".getBytes(UTF_8)))
                .isEqualTo("jn1L23DB+6ELqJ+6bruv21Y6MD7KeIfP82D6gU39rmkgczbWwt5+3bnyg5K55bgVtVzd832WzZGMhkP72vVOfg==");
    }

    @Test
    void aiBotVectorUsesAnEmptyReceiveId() throws Exception {
        String encrypt = "sKqRbbiSUnDhFHOvPjtUMXoZGUuguDFckzdZv3jBz/m+VsgyneEEcaponOoEOYrh4P36kJRS098akAC5DgmI7acQVzUdwhZSp0m3MUzWBHrDnj5i3IEKFp0WeDZE5J4hHvM6Oas8oZrQLLbfeba7Xp1K7n25wbkAxMWcMP5885Gmq/6BZ0e6/9cn3fA6qaOveQ1N1XeOSHMLXvIx0hkOeA==";
        assertThat(WeComSignature.sign(TOKEN, "1710000000", "nonce1", encrypt)).isEqualTo("f06f75b70e63c1a0f216e3124b8f666aff1b3915");
        assertThat(new WeComCipher(KEY, "").decrypt(encrypt)).isEqualTo(
                "{\"msgid\":\"m1\",\"aibotid\":\"aibot-1\",\"chattype\":\"group\",\"chatid\":\"c1\",\"from\":{\"userid\":\"u1\"},\"msgtype\":\"text\",\"text\":{\"content\":\"@bot hi\"}}");
        assertThatThrownBy(() -> cipher.decrypt(encrypt)).isInstanceOf(WeComCipher.Failure.class)
                .matches(e -> ((WeComCipher.Failure) e).wrongReceiver);
    }

    @Test
    void roundTripsChineseAndRejectsDamage() throws Exception {
        String sealed = cipher.encrypt("三抓三促是哪三项行动？😀");
        assertThat(cipher.decrypt(sealed)).isEqualTo("三抓三促是哪三项行动？😀");
        assertThatThrownBy(() -> cipher.decrypt("not base64 at all!")).isInstanceOf(WeComCipher.Failure.class);
        assertThatThrownBy(() -> cipher.decrypt(Base64.getEncoder().encodeToString(new byte[31])))
                .isInstanceOf(WeComCipher.Failure.class);
        byte[] bytes = Base64.getDecoder().decode(sealed);
        bytes[bytes.length - 1] ^= 0x55; // last block damaged: padding and receive id no longer check out
        assertThatThrownBy(() -> cipher.decrypt(Base64.getEncoder().encodeToString(bytes)))
                .isInstanceOf(WeComCipher.Failure.class);
    }

    @Test
    void signatureComparisonIsCaseInsensitiveHexAndRejectsOthers() {
        String sig = WeComSignature.sign(TOKEN, "1", "2", "x");
        assertThat(WeComSignature.matches(sig.toUpperCase(), TOKEN, "1", "2", "x")).isTrue();
        assertThat(WeComSignature.matches(sig.substring(1) + "0", TOKEN, "1", "2", "x")).isFalse();
        assertThat(WeComSignature.matches(sig, TOKEN, "1", "2", "y")).isFalse();
    }
}
