package org.campaignbot.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.campaignbot.knowledge.load.HeadingDetector;

/**
 * Makes a large, realistic knowledge folder out of the shipped documents, for the large-knowledge benchmark: the two
 * shipped documents as they are, plus county plans and notices whose sections, paragraphs and task-table rows are
 * drawn from the shipped plans and speech, renumbered, and rewritten for a county (全市 → 全县, 市委办公室 → 县委办公室),
 * with their own units, people, deadlines and figures. About 20 passages a document, as a real county plan has.
 * Deterministic: the same count always gives the same files, so runs can be compared.
 */
public final class CorpusSynthesiser {
    static final List<Path> SOURCES = List.of(Path.of("knowledge/plan-sanzhua-sancu-sample.md"),
            Path.of("knowledge/speech-sanzhua-sancu.md"), Path.of("src/test/resources/eval/knowledge/plan-zhengwu-fuwu.md"));
    private static final String[] PLACE_FIRST = "永安新和平清长宁泰兴庆福华东西南北".split("");
    private static final String[] PLACE_SECOND = "乐宁平川源山水丰昌定远阳".split("");
    private static final String[] SURNAMES = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐".split("");
    private static final String[] GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国红梅".split("");
    private static final String[] UNITS = {"委办公室", "政府办公室", "委组织部", "委宣传部", "委督查室", "纪委监委", "委党校",
            "发展改革局", "政务服务中心", "财政局", "人社局", "住建局", "农业农村局", "教育局", "卫健局", "自然资源局",
            "市场监管局", "司法局", "工信局", "大数据中心", "融媒体中心", "应急管理局", "生态环境分局"};
    private static final String[] PLAN_KINDS = {"“三抓三促”行动实施方案", "“三抓三促”行动工作方案", "“三抓三促”行动推进方案",
            "深化“三抓三促”行动工作要点"};
    private static final String[] NOTICE_TOPICS = {"开展“三抓三促”行动督查", "报送“三抓三促”行动任务进展", "举办“三抓三促”专题培训",
            "建立“三抓三促”行动督办台账", "开展营商环境提升行动", "推进“一网通办”改革", "开展“每日一练”学习答题活动"};
    private static final String[] TABLE_HEADINGS = {"重点任务清单", "任务分解表", "重点工作台账", "责任分工"};
    private static final String[] CN = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
    private static final Pattern PERCENT = Pattern.compile("(?<![\\d.])\\d{2,3}%");
    private static final Pattern DAY_OF_MONTH = Pattern.compile("每月(\\d{1,2})日");
    private static final Pattern YEAR = Pattern.compile("20(2\\d)年");
    private static final Pattern NUMBERING = Pattern.compile("^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]"
            + "|第[一二三四五六七八九十]+[,，、]|\\d{1,2}[.．、])");

    /** A section of a source document: its heading (numbering removed) and body paragraphs (numbering removed). */
    record Section(String heading, List<String> paragraphs) {
    }

    /** A task-table row of a source document: the task only; units, people and deadlines are drawn anew. */
    private final List<Section> sections = new ArrayList<>();
    private final List<String> tasks = new ArrayList<>();
    private final List<String> preambles = new ArrayList<>();

    public CorpusSynthesiser(Path projectDir) {
        for (Path source : SOURCES) {
            try {
                read(Files.readAllLines(projectDir.resolve(source)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private void read(List<String> lines) {
        Section current = null;
        for (String raw : lines) {
            String line = raw.strip().replaceFirst("^#+\\s*", "");
            if (line.isEmpty() || raw.startsWith("# ") || line.startsWith(">") || line.startsWith("|---")) {
                continue;
            }
            if (line.startsWith("|")) {
                String[] cells = line.split("\\|");
                if (cells.length > 2 && cells[1].strip().matches("\\d+")) {
                    tasks.add(cells[2].strip());
                }
                continue;
            }
            int level = HeadingDetector.headingLevel(line);
            String text = NUMBERING.matcher(line).replaceFirst("");
            // a short numbered line is a heading; 第一,抓学习促提升。学习是… is a heading with its body on the line
            if (level > 0 && text.length() <= 30 && !text.endsWith("。")) {
                current = new Section(text, new ArrayList<>());
                sections.add(current);
            } else if (current == null) {
                if (text.length() > 40) { // not the speech's 同志们:
                    preambles.add(text);
                }
            } else {
                current.paragraphs().add(text);
            }
        }
        sections.removeIf(s -> s.paragraphs().isEmpty());
    }

    /** Writes {@code count} documents (the shipped two among them) into {@code dir}, which must be empty or absent. */
    public void write(Path projectDir, Path dir, int count) throws IOException {
        Files.createDirectories(dir);
        List<Path> shipped = List.of(Path.of("knowledge/plan-sanzhua-sancu-sample.md"), Path.of("knowledge/speech-sanzhua-sancu.md"));
        for (Path p : shipped.subList(0, Math.min(count, shipped.size()))) {
            Files.copy(projectDir.resolve(p), dir.resolve(p.getFileName()));
        }
        for (int i = shipped.size(); i < count; i++) {
            Path county = dir.resolve(String.format("county-%02d", i % 40));
            Files.createDirectories(county);
            Files.writeString(county.resolve(String.format("doc-%04d.md", i)), document(i));
        }
    }

    /** The i-th synthesised document: a county plan (two in three) or a notice. */
    String document(int i) {
        Random random = new Random(i * 7919L);
        int place = i % (PLACE_FIRST.length * PLACE_SECOND.length);
        String county = PLACE_FIRST[place % PLACE_FIRST.length] + PLACE_SECOND[place / PLACE_FIRST.length]
                + (i % 3 == 0 ? "区" : "县");
        String level = county.substring(county.length() - 1);
        int year = 2026 + i / (PLACE_FIRST.length * PLACE_SECOND.length) % 3;
        boolean notice = i % 3 == 2;
        String title = notice
                ? county + "关于" + pick(random, NOTICE_TOPICS) + "的通知（" + county + "办发〔" + year + "〕" + (i % 97 + 1) + "号）"
                : county + year + "年" + pick(random, PLAN_KINDS);
        StringBuilder doc = new StringBuilder("# ").append(title).append("\n\n");
        doc.append(localise(pick(random, preambles), level, random)).append("\n\n");
        int proseSections = notice ? 1 + random.nextInt(2) : 3 + random.nextInt(3);
        int n = 0;
        for (; n < proseSections; n++) {
            Section s = sections.get(random.nextInt(sections.size()));
            doc.append("## ").append(CN[n]).append("、").append(localise(s.heading(), level, random)).append("\n\n");
            List<String> paragraphs = new ArrayList<>(s.paragraphs());
            java.util.Collections.shuffle(paragraphs, random);
            int take = Math.min(paragraphs.size(), 2 + random.nextInt(3));
            for (int p = 0; p < take; p++) {
                doc.append(p + 1).append('.').append(localise(paragraphs.get(p), level, random)).append("\n\n");
            }
        }
        doc.append("## ").append(CN[n]).append("、").append(pick(random, TABLE_HEADINGS)).append("\n\n");
        doc.append("| 序号 | 工作任务 | 牵头单位 | 配合单位 | 责任人 | 完成时限 |\n|---|---|---|---|---|---|\n");
        int rows = 8 + random.nextInt(8);
        for (int r = 1; r <= rows; r++) {
            doc.append("| ").append(r).append(" | ").append(localise(pick(random, tasks), level, random))
                    .append(" | ").append(level).append(pick(random, UNITS))
                    .append(" | ").append(level).append(pick(random, UNITS)).append("、各乡镇")
                    .append(" | ").append(pick(random, SURNAMES)).append(pick(random, GIVEN))
                    .append(random.nextBoolean() ? pick(random, GIVEN) : "")
                    .append(" | ").append(deadline(random, year)).append(" |\n");
        }
        return doc.toString();
    }

    /** The city's text as a county's: its own level, and its own figures and dates. */
    private static String localise(String text, String level, Random random) {
        String t = text.replace("全市", "全" + level).replace("市委", level + "委").replace("市政府", level + "政府")
                .replace("市直", level + "直").replace("各县区", "各乡镇").replace("xx", "");
        t = replaceAll(PERCENT, t, m -> (80 + random.nextInt(20)) + "%");
        t = replaceAll(DAY_OF_MONTH, t, m -> "每月" + (5 + random.nextInt(23)) + "日");
        return replaceAll(YEAR, t, m -> "20" + (26 + random.nextInt(3)) + "年");
    }

    private static String replaceAll(Pattern p, String text, java.util.function.Function<java.util.regex.MatchResult, String> with) {
        return p.matcher(text).replaceAll(m -> Matcher.quoteReplacement(with.apply(m)));
    }

    private static String deadline(Random random, int year) {
        int month = 1 + random.nextInt(12);
        int day = 10 + random.nextInt(19);
        return switch (random.nextInt(7)) {
            case 0 -> year + 1 + "年" + month + "月" + day + "日前";
            case 1 -> String.format("%d-%02d-%02d", year + 1, month, day);
            case 2 -> String.format("%d.%02d.%02d", year + 1, month, day);
            case 3 -> "每月" + day + "日前";
            case 4 -> "每季度末";
            case 5 -> year + 1 + "年" + month + "月底前";
            default -> "长期坚持";
        };
    }

    private static String pick(Random random, String[] from) {
        return from[random.nextInt(from.length)];
    }

    private static String pick(Random random, List<String> from) {
        return from.get(random.nextInt(from.size()));
    }
}
