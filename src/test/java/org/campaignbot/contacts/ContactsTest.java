package org.campaignbot.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ContactsTest {

    @Test
    void aContactsFileSavedAsGbkOrUtf16IsRead(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        String yaml = "units:\n  - name: 市委党校\n    members:\n      - { name: 周强, wecom: ZhouQiang }\n";
        for (java.nio.charset.Charset charset : java.util.List.of(java.nio.charset.Charset.forName("GBK"),
                java.nio.charset.StandardCharsets.UTF_16LE)) {
            java.nio.file.Path file = dir.resolve("contacts-" + charset.name() + ".yaml");
            byte[] body = yaml.getBytes(charset);
            byte[] bytes = charset.name().startsWith("UTF-16") ? concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, body) : body;
            java.nio.file.Files.write(file, bytes);
            assertThat(new ContactDirectory(file).current().find("wecom", "ZhouQiang").orElseThrow().person().name())
                    .as(charset.name()).isEqualTo("周强");
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void usersAreFoundByThePlatformTheyWriteFromOrByMobile() {
        Contacts contacts = ContactsLoader.parse("""
                units:
                  - name: 市发展改革委
                    leader: { name: 王某某, wecom: wangmm, dingtalk: 0123, mobile: "138 0000 0001" }
                    members:
                      - { name: 张三, wecom: zhangsan, dingtalk: "0456", mobile: "+86 13800000002" }
                  - name: 市政务服务管理局
                    members:
                      - { name: 张三, wecom: zhangsan, dingtalk: "0456", mobile: "+86 13800000002" }
                groups:
                  - { name: 行动办工作群, wecom-robot: office, units: "*", bulletins: 是 }
                """);
        assertThat(contacts.find("wecom", "wangmm").orElseThrow().person().name()).isEqualTo("王某某");
        // "0123" unquoted would be the octal number 83 in plain YAML: ids stay text
        assertThat(contacts.find("dingtalk", "0123").orElseThrow().person().name()).isEqualTo("王某某");
        assertThat(contacts.find("dingtalk", "wangmm")).isEmpty(); // a WeCom id is not a DingTalk id
        // a platform id that is a mobile number (some companies use mobiles as accounts), with separators or +86
        assertThat(contacts.find("wecom", "13800000001").orElseThrow().person().name()).isEqualTo("王某某");
        assertThat(contacts.find("dingtalk", "+86 138-0000-0002").orElseThrow().person().name()).isEqualTo("张三");
        // the local page vouches for nobody: a typed id or mobile finds no one
        assertThat(contacts.find("web", "13800000001")).isEmpty();
        assertThat(contacts.find("web", "wangmm")).isEmpty();
        assertThat(contacts.find("wecom", "zhangsan").orElseThrow().units()).containsExactly("市发展改革委", "市政务服务管理局");
        assertThat(contacts.find("wecom", "zhangsan").orElseThrow().firstUnit()).isEqualTo("市发展改革委");
        assertThat(contacts.groups().get(0).allUnits()).isTrue();
        assertThat(contacts.groups().get(0).bulletins()).isTrue();
    }

    @Test
    void idsAndMobilesAreComparedWholeNeverByTheDigitsInside() {
        Contacts contacts = ContactsLoader.parse("""
                units:
                  - name: 市委办公室
                    members:
                      - { name: 李明, wecom: LiMing, dingtalk: "1002", mobile: "13800001002" }
                """);
        // the attack: a WeCom account that merely contains 李明's mobile used to be taken for him
        assertThat(contacts.find("wecom", "zhang13800001002")).isEmpty();
        assertThat(contacts.find("dingtalk", "138000010021")).isEmpty();
        assertThat(contacts.find("wecom", "8613800001002")).isEmpty(); // only a +86 prefix is a country code
        assertThat(contacts.find("wecom", "liming")).isEmpty(); // ids are compared exactly, case included
        assertThat(contacts.find("wecom", "+86 (138) 0000.1002").map(m -> m.person().name())).hasValue("李明");
        assertThat(contacts.find("dingtalk", "１３８００００１００２").map(m -> m.person().name())).hasValue("李明");
        assertThat(ContactsLoader.mobile("zhang13800001002")).isEmpty();
        assertThatThrownBy(() -> ContactsLoader.parse("units:\n  - name: 甲\n    members:\n      - { name: 乙, mobile: \"tel 138\" }\n"))
                .hasMessageContaining("乙").hasMessageContaining("不是手机号");
    }

    @Test
    void mistakesAreReportedInWordsOfficeStaffCanActOn() {
        assertThatThrownBy(() -> ContactsLoader.parse("units:\n  - name: 甲\n  - name: 甲\n"))
                .hasMessageContaining("单位“甲”重复出现");
        assertThatThrownBy(() -> ContactsLoader.parse("units:\n  - name: 甲\n    members:\n      - { wecom: x }\n"))
                .hasMessageContaining("甲 的 members").hasMessageContaining("没有 name");
        assertThatThrownBy(() -> ContactsLoader.parse("groups:\n  - { name: 群1, units: \"*\" }\n"))
                .hasMessageContaining("群“群1”").hasMessageContaining("wecom-robot");
        assertThatThrownBy(() -> ContactsLoader.parse("units: [\n")).hasMessageContaining("YAML 格式错误");
        assertThatThrownBy(() -> ContactsLoader.parse("groups:\n  - { name: 群1, wecom-robot: a, bulletins: 也许 }\n"))
                .hasMessageContaining("bulletins");
    }

    @Test
    void byNameOnlyOffThePlatformsAndOnlyWhenTheNameIsUnique() {
        Contacts contacts = ContactsLoader.parse("""
                units:
                  - name: 市发展改革委
                    leader: { name: 王某某, wecom: wangmm }
                    members:
                      - { name: 李四, wecom: lisi1 }
                  - name: 市政务服务管理局
                    members:
                      - { name: 李四, wecom: lisi2 }
                      - { name: 王某某, wecom: wangmm }
                """);
        // the same person in two units: one match, counted for the unit listed first
        var wang = contacts.findByIdOrName("web", "web-user", "王某某").orElseThrow();
        assertThat(wang.units()).containsExactly("市发展改革委", "市政务服务管理局");
        assertThat(wang.firstUnit()).isEqualTo("市发展改革委");
        // two different people called 李四: a name alone cannot tell them apart
        assertThat(contacts.findByIdOrName("web", "web-user", "李四")).isEmpty();
        // on a platform a display name is never enough
        // on the local page a typed id is not an identity either: only the unique name counts
        assertThat(contacts.findByIdOrName("web", "lisi2", "王某某").orElseThrow().firstUnit()).isEqualTo("市发展改革委");
        assertThat(contacts.findByIdOrName("wecom", "someone-else", "王某某")).isEmpty();
        assertThat(contacts.findByIdOrName("dingtalk", "0999", "王某某")).isEmpty();
        assertThat(contacts.findByIdOrName("wecom", "wangmm", "")).map(m -> m.person().name()).hasValue("王某某");
        // progress reports and 办结 keep to ids: find() never looks at names
        assertThat(contacts.find("web", "王某某")).isEmpty();
    }
}
