package org.campaignbot.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.campaignbot.knowledge.load.DocumentReader;
import org.junit.jupiter.api.Test;

class ContactsTest {

    @Test
    void theShippedContactsCoverEveryUnitOfTheSamplePlan() throws Exception {
        Contacts contacts = ContactsLoader.parse(Files.readString(Path.of("config/contacts.yaml")));
        var doc = new DocumentReader().read(Path.of("knowledge/plan-sanzhua-sancu-sample.md"), "plan.md");
        for (PlanTask row : PlanTableExtractor.extract(doc, 2026)) {
            Task task = new Task(1, row.source(), 0, row.no(), row.title(), row.leadUnit(), row.coUnits(), row.owner(),
                    row.deadline(), null, null, null, null, null, null, false);
            assertThat(UnitNames.unknown(task, contacts)).as(row.title()).isEmpty();
            assertThat(contacts.groupsCovering(row.leadUnit())).as(row.leadUnit()).isNotEmpty();
            assertThat(Recipients.of(task, contacts)).extracting(Contacts.Person::name).containsExactly(row.owner());
        }
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
        assertThat(contacts.find("web", "13800000001").orElseThrow().person().name()).isEqualTo("王某某");
        assertThat(contacts.find("wecom", "zhangsan").orElseThrow().units()).containsExactlyInAnyOrder("市发展改革委", "市政务服务管理局");
        assertThat(contacts.groups().get(0).allUnits()).isTrue();
        assertThat(contacts.groups().get(0).bulletins()).isTrue();
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
}
