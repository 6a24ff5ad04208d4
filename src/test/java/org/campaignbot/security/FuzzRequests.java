package org.campaignbot.security;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.campaignbot.channel.dingtalk.DingTalkSigner;

/**
 * Random and mutated HTTP requests for {@link PublicEndpointFuzzTest}, all drawn from one seeded {@link Random}.
 * Seeds are realistic bodies (a chat request, the published WeCom vectors, a DingTalk robot message); mutations
 * flip, insert, delete, repeat and truncate bytes, including broken UTF-8 and URL-encoding. Signed requests are
 * signed correctly after mutation, so the parsers behind the signature checks are exercised too; the DingTalk seed
 * names a sessionWebhook outside DingTalk, so even a message that survives mutation cannot make the app push.
 */
final class FuzzRequests {
    /** One request: what it aims at (for the summary) and how to write it. */
    record Raw(String target, String method, String pathAndQuery, String contentType, List<String> headers, byte[] body) {
        byte[] bytes(int port) {
            var out = new ByteArrayOutputStream();
            var head = new StringBuilder(method).append(' ').append(pathAndQuery).append(" HTTP/1.1\r\n")
                    .append("Host: 127.0.0.1:").append(port).append("\r\nConnection: close\r\n");
            if (contentType != null) {
                head.append("Content-Type: ").append(contentType).append("\r\n");
            }
            headers.forEach(h -> head.append(h).append("\r\n"));
            head.append("Content-Length: ").append(body.length).append("\r\n\r\n");
            out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
            out.writeBytes(body);
            return out.toByteArray();
        }

        String describe() {
            String shownPath = pathAndQuery.length() > 120 ? pathAndQuery.substring(0, 120) + "…" : pathAndQuery;
            return method + " " + shownPath + " [" + contentType + ", " + body.length + " bytes, " + headers + "]";
        }
    }

    static final String WECOM_TOKEN = "QDG6eK";
    static final String APP_SECRET = "fuzz-app-secret";
    /** The official WXBizMsgCrypt POST vector (receive id wx5823bf96d3bd56c7) and the AI-bot reference vector. */
    static final String APP_ENCRYPT = "RypEvHKD8QQKFhvQ6QleEB4J58tiPdvo+rtK1I9qca6aM/wvqnLSV5zEPeusUiX5L5X/0lWfrf0QADHHhGd3QczcdCUpj911L3vg3W/sYYvuJTs3TUUkSUXxaccAS0qhxchrRYt66wiSpGLYL42aM6A8dTT+6k4aSknmPj48kzJs8qLjvd4Xgpue06DOdnLxAUHzM6+kDZ+HMZfJYuR+LtwGc2hgf5gsijff0ekUNXZiqATP7PF5mZxZ3Izoun1s4zG4LUMnvw2r+KqCKIw+3IQH03v+BCA9nMELNqbSf6tiWSrXJB3LAVGUcallcrw8V2t9EL4EhzJWrQUax5wLVMNS0+rUPA3k22Ncx4XXZS9o0MBH27Bo6BpNelZpS+/uh9KsNlY6bHCmJU9p8g7m3fVKn28H3KDYA5Pl/T8Z1ptDAVe0lXdQ2YoyyH2uyPIGHBZZIs2pDBS8R07+qN+E7Q==";
    static final String AIBOT_ENCRYPT = "sKqRbbiSUnDhFHOvPjtUMXoZGUuguDFckzdZv3jBz/m+VsgyneEEcaponOoEOYrh4P36kJRS098akAC5DgmI7acQVzUdwhZSp0m3MUzWBHrDnj5i3IEKFp0WeDZE5J4hHvM6Oas8oZrQLLbfeba7Xp1K7n25wbkAxMWcMP5885Gmq/6BZ0e6/9cn3fA6qaOveQ1N1XeOSHMLXvIx0hkOeA==";
    private static final List<String> CHAT_TEXTS = List.of("三抓三促是哪三项行动?", "进度 1 100%", "办结 2", "我的任务",
            "答题", "帮助", "任务 5", "督办台账", "");
    private static final List<String> CONTENT_TYPES = List.of("application/json", "application/json; charset=utf-8",
            "application/json; charset=gbk", "application/x-www-form-urlencoded",
            "application/x-www-form-urlencoded; charset=utf-8", "text/plain", "text/xml", "application/xml",
            "multipart/form-data; boundary=xyz", "application/octet-stream", "", "garbage", "application/json; charset=\"",
            "*/*");
    private static final byte[][] NASTY = {
            {(byte) 0xC3, 0x28}, {(byte) 0xFF}, {0}, {(byte) 0xE4, (byte) 0xB8}, "%".getBytes(), "%zz".getBytes(),
            "%C3%28".getBytes(), "&".getBytes(), "=".getBytes(), "\"".getBytes(), "<".getBytes(), "{".getBytes(),
            "]]>".getBytes(), "\\u0000".getBytes(), "\r\n".getBytes(), "99999999999999999999".getBytes(),
            "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>".getBytes(), "😀".getBytes(StandardCharsets.UTF_8)};

    private final Random random;
    private long dingTalkClock = System.currentTimeMillis();

    FuzzRequests(Random random) {
        this.random = random;
    }

    Raw next() {
        int pick = random.nextInt(100);
        if (pick < 30) {
            return chat();
        } else if (pick < 38) {
            return search();
        } else if (pick < 63) {
            return wecom();
        } else if (pick < 83) {
            return dingtalk();
        } else if (pick < 87) {
            return admin();
        } else if (pick < 92) {
            return signedInAdmin();
        }
        return other();
    }

    private Raw chat() {
        String text = pickOf(CHAT_TEXTS);
        String json = "{\"conversationId\":\"fuzz\",\"userId\":\"13800001002\",\"userName\":\"张三\",\"text\":\""
                + text + "\"}";
        byte[] body = random.nextInt(4) == 0 ? randomBytes(random.nextInt(2048)) : mutate(bytes(json));
        if (random.nextInt(10) == 0) {
            body = mutate(bytes("text=" + text + "&userId=13800001002"));
        }
        String method = random.nextInt(20) == 0 ? pickOf(List.of("GET", "PUT", "DELETE", "PATCH")) : "POST";
        return new Raw("/api/chat", method, "/api/chat" + (random.nextInt(8) == 0 ? "?" + randomQuery() : ""),
                contentType(), extraHeaders(), body);
    }

    private Raw search() {
        String query = switch (random.nextInt(4)) {
            case 0 -> "q=" + URLEncoder.encode("执行是检验什么的标准", StandardCharsets.UTF_8) + "&k=" + random.nextInt(80);
            case 1 -> randomQuery();
            case 2 -> "q=" + percentEncoded(randomBytes(random.nextInt(300))) + "&k=" + pickOf(List.of("abc", "-1", "1e9", "", "5"));
            default -> "q=" + "学".repeat(random.nextInt(2500)) + "&k=3";
        };
        return new Raw("/api/search", "GET", "/api/search?" + query, null, extraHeaders(), new byte[0]);
    }

    private Raw wecom() {
        boolean aibot = random.nextBoolean();
        String path = aibot ? "/wecom/aibot/callback" : "/wecom/callback";
        String encrypt = aibot ? AIBOT_ENCRYPT : APP_ENCRYPT;
        if (random.nextInt(3) == 0) {
            encrypt = new String(mutate(bytes(encrypt)), StandardCharsets.ISO_8859_1);
        }
        String timestamp = switch (random.nextInt(4)) {
            case 0 -> "1409659813";
            case 1 -> Long.toString(System.currentTimeMillis() / 1000 + random.nextInt(100_000) - 50_000);
            case 2 -> new String(randomBytes(random.nextInt(12)), StandardCharsets.ISO_8859_1);
            default -> Long.toString(System.currentTimeMillis() / 1000);
        };
        String nonce = Integer.toString(random.nextInt(1_000_000));
        // the app seed is only ever signed with a stale timestamp or a wrong signature: a correctly signed, fresh copy
        // of the official vector is a real message and would be answered, which is not what this test is about
        boolean signedRight = aibot ? random.nextBoolean() : timestamp.equals("1409659813");
        String signature = signedRight ? sha1(WECOM_TOKEN, timestamp, nonce, encrypt) : HexFormat.of().formatHex(randomBytes(20));
        String query = random.nextInt(6) == 0 ? randomQuery()
                : "msg_signature=" + signature + "&timestamp=" + urlEncode(timestamp) + "&nonce=" + nonce
                        + (random.nextInt(4) == 0 ? "&echostr=" + urlEncode(encrypt) : "");
        if (random.nextInt(4) == 0) {
            return new Raw(path, "GET", path + "?" + query, null, extraHeaders(), new byte[0]);
        }
        String seed = aibot ? "{\"encrypt\":\"" + encrypt + "\"}"
                : "<xml><ToUserName><![CDATA[wx5823bf96d3bd56c7]]></ToUserName><Encrypt><![CDATA[" + encrypt
                        + "]]></Encrypt><AgentID><![CDATA[218]]></AgentID></xml>";
        byte[] body = random.nextInt(5) == 0 ? randomBytes(random.nextInt(4096)) : mutate(bytes(seed));
        return new Raw(path, "POST", path + "?" + query, contentType(), extraHeaders(), body);
    }

    private Raw dingtalk() {
        String seed = """
                {"msgtype":"text","text":{"content":" 进展 1 已完成"},"msgId":"msg-fuzz","createAt":1700000000000,
                "conversationType":"2","conversationId":"cid-fuzz","senderId":"$:LWCP_v1:$x","senderNick":"张三",
                "senderStaffId":"1002","isInAtList":true,
                "sessionWebhook":"https://evil.example/robot/sendBySession?session=x","sessionWebhookExpiredTime":4102444800000}""";
        byte[] body = random.nextInt(5) == 0 ? randomBytes(random.nextInt(4096)) : mutate(bytes(seed));
        List<String> headers = new java.util.ArrayList<>(extraHeaders());
        dingTalkClock += 1 + random.nextInt(5); // each correctly signed request has its own timestamp
        String timestamp = switch (random.nextInt(4)) {
            case 0 -> Long.toString(dingTalkClock - 2 * 3_600_000L);
            case 1 -> new String(randomBytes(random.nextInt(15)), StandardCharsets.ISO_8859_1).replaceAll("[\\r\\n]", "");
            default -> Long.toString(dingTalkClock);
        };
        if (random.nextInt(10) != 0) {
            headers.add("timestamp: " + timestamp);
            headers.add("sign: " + (random.nextInt(4) == 0 ? "bm90LWEtc2lnbg==" : DingTalkSigner.sign(timestamp, APP_SECRET)));
        }
        return new Raw("/dingtalk/callback", "POST", "/dingtalk/callback", contentType(), headers, body);
    }

    private Raw admin() {
        String path = pickOf(List.of("/api/admin/supervision/tasks", "/api/admin/supervision/tasks/1/close",
                "/api/admin/supervision/tasks/1/reject", "/api/admin/supervision/tasks/abc/reopen",
                "/api/admin/quiz/import", "/api/admin/reindex", "/api/admin/quiz/questions?status=" + randomQuery()));
        List<String> headers = new java.util.ArrayList<>(extraHeaders());
        if (random.nextBoolean()) {
            headers.add("Authorization: " + pickOf(List.of("Basic YWRtaW46d3Jvbmc=", "Basic !!!", "Bearer x", "Basic ")));
        }
        return new Raw("/api/admin/**", pickOf(List.of("GET", "POST", "PUT", "DELETE")), path, contentType(), headers,
                mutate(bytes("{\"reason\":\"材料不全\"}")));
    }

    /**
     * The administrator's own endpoints with the right password and mutated input: a typo in the office must be a 400
     * too. Only endpoints that push nothing (no contests, bulletins or reminder runs): the test asserts no push.
     */
    private Raw signedInAdmin() {
        String id = pickOf(List.of("1", "2", "22", "0", "-1", "99999999999999999999", "abc", "%20", "1.5"));
        List<String> headers = new java.util.ArrayList<>(extraHeaders());
        headers.add("Authorization: Basic " + java.util.Base64.getEncoder().encodeToString(
                "admin:fuzz-admin-password".getBytes(StandardCharsets.UTF_8)));
        return switch (random.nextInt(7)) {
            case 0 -> new Raw("/api/admin (signed in)", "GET", "/api/admin/quiz/questions?status="
                    + pickOf(List.of("draft", "approved", "x", "")) + "&page=" + id + "&size=" + id, null, headers, new byte[0]);
            case 1 -> new Raw("/api/admin (signed in)", "GET", "/api/admin/quiz/questions/" + id, null, headers, new byte[0]);
            case 2 -> new Raw("/api/admin (signed in)", "PUT", "/api/admin/quiz/questions/" + id, contentType(), headers,
                    mutate(bytes("{\"explanation\":\"解析\",\"difficulty\":3,\"options\":[\"甲\",\"乙\"],\"answer\":\"A\"}")));
            case 3 -> new Raw("/api/admin (signed in)", "POST", "/api/admin/quiz/questions/"
                    + pickOf(List.of("approve", "reject")), contentType(), headers, mutate(bytes("{\"ids\":[1,2,3]}")));
            case 4 -> new Raw("/api/admin (signed in)", "POST", "/api/admin/quiz/import", pickOf(List.of("text/csv",
                    "text/csv; charset=utf-8", "application/octet-stream")), headers, mutate(bytes(
                    "编号,题型,题干,选项A,选项B,选项C,选项D,答案,解析,原文,出处,难度,状态\r\n"
                            + ",单选,学习是提高能力素质的（　）,根本途径,重要标准,重要指标,迫切需要,A,解析,学习是提高能力素质的根本途径,《讲话》,2,待审核\r\n")));
            case 5 -> new Raw("/api/admin (signed in)", "POST", "/api/admin/supervision/tasks/" + id + "/"
                    + pickOf(List.of("reject", "reopen", "close")), contentType(), headers,
                    mutate(bytes("{\"reason\":\"缺少验收材料\"}")));
            default -> new Raw("/api/admin (signed in)", "GET", "/api/admin/supervision/tasks", null, headers, new byte[0]);
        };
    }

    private Raw other() {
        String path = pickOf(List.of("/", "/index.html", "/actuator/health", "/actuator/env", "/actuator",
                "/wecom/", "/dingtalk/", "/" + percentEncoded(randomBytes(random.nextInt(40))), "/api/chat/../admin",
                "/%2e%2e/%2e%2e/etc/passwd", "/api/search;jsessionid=x"));
        return new Raw("other", pickOf(List.of("GET", "GET", "POST", "OPTIONS", "HEAD", "TRACE")), path, contentType(),
                extraHeaders(), random.nextBoolean() ? new byte[0] : randomBytes(random.nextInt(512)));
    }

    private String contentType() {
        return random.nextInt(12) == 0 ? null : pickOf(CONTENT_TYPES);
    }

    private List<String> extraHeaders() {
        return switch (random.nextInt(10)) {
            case 0 -> List.of("X-Forwarded-For: 127.0.0.1");
            case 1 -> List.of("Accept: text/html");
            case 2 -> List.of("Content-Encoding: gzip");
            case 3 -> List.of("Accept-Language: " + "zh,".repeat(50));
            default -> List.of();
        };
    }

    private String randomQuery() {
        return switch (random.nextInt(5)) {
            case 0 -> "%zz=%" + random.nextInt(10);
            case 1 -> percentEncoded(randomBytes(random.nextInt(200))) + "=" + percentEncoded(randomBytes(random.nextInt(50)));
            case 2 -> "a=" + "x".repeat(9000);
            case 3 -> "msg_signature=&timestamp=&nonce=&echostr=%C3%28";
            default -> "k=1&k=2&q=" + percentEncoded(randomBytes(10)) + "&&=&";
        };
    }

    /** One to four random edits, sometimes a truncation, rarely a blow-up past 64 KB. */
    byte[] mutate(byte[] seed) {
        byte[] b = seed;
        int edits = 1 + random.nextInt(4);
        for (int i = 0; i < edits && b.length > 0; i++) {
            int at = random.nextInt(b.length);
            b = switch (random.nextInt(6)) {
                case 0 -> flip(b, at);
                case 1 -> insert(b, at, pickOf(Arrays.asList(NASTY)));
                case 2 -> insert(b, at, randomBytes(1 + random.nextInt(16)));
                case 3 -> delete(b, at, 1 + random.nextInt(Math.max(1, Math.min(32, b.length - at))));
                case 4 -> Arrays.copyOf(b, at);
                default -> b;
            };
        }
        if (random.nextInt(100) == 0) {
            b = insert(b, b.length / 2, randomBytes(70_000));
        }
        return b;
    }

    private byte[] flip(byte[] b, int at) {
        byte[] copy = b.clone();
        copy[at] ^= (byte) (1 << random.nextInt(8));
        return copy;
    }

    private static byte[] insert(byte[] b, int at, byte[] what) {
        byte[] out = new byte[b.length + what.length];
        System.arraycopy(b, 0, out, 0, at);
        System.arraycopy(what, 0, out, at, what.length);
        System.arraycopy(b, at, out, at + what.length, b.length - at);
        return out;
    }

    private static byte[] delete(byte[] b, int at, int n) {
        int end = Math.min(b.length, at + n);
        byte[] out = new byte[b.length - (end - at)];
        System.arraycopy(b, 0, out, 0, at);
        System.arraycopy(b, end, out, at, b.length - end);
        return out;
    }

    private byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    private <T> T pickOf(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String percentEncoded(byte[] b) {
        var sb = new StringBuilder();
        for (byte x : b) {
            sb.append('%').append(String.format("%02X", x & 0xff));
        }
        return sb.toString();
    }

    private static String urlEncode(String s) {
        return URLEncoder.encode(s, StandardCharsets.ISO_8859_1);
    }

    private static String sha1(String... parts) {
        try {
            String[] sorted = parts.clone();
            Arrays.sort(sorted);
            var md = MessageDigest.getInstance("SHA-1");
            return HexFormat.of().formatHex(md.digest(String.join("", sorted).getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
