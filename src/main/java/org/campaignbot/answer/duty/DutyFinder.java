package org.campaignbot.answer.duty;

import org.campaignbot.knowledge.table.TaskAsk;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.campaignbot.common.ChineseNumerals;
import org.campaignbot.common.HalfWidth;
import org.campaignbot.knowledge.search.DocumentHint;
import org.campaignbot.knowledge.search.DocumentLevel;
import org.campaignbot.knowledge.search.RelevanceFloor;
import org.campaignbot.knowledge.structure.DocumentCatalog;
import org.campaignbot.knowledge.table.TaskRow;
import org.campaignbot.knowledge.search.Passage;
import org.campaignbot.knowledge.split.Chunk;

/**
 * Finds the task rows a question is about, reading the task tables as data rather than as passages:
 * <ul>
 *   <li>a person named in a 责任人 cell ("张三负责哪些任务") selects all of that person's rows, in every document;
 *   <li>a unit named in a 牵头/配合 cell, asked what it does ("市委党校要做什么"), selects the rows it leads, then those
 *       it co-operates on;
 *   <li>a question about one task's who, unit, deadline or progress selects the rows whose task shares most of the
 *       question's remaining words ("容错纠错实施办法由哪个单位牵头").
 * </ul>
 * Nothing is found for questions that name no person or unit and ask nothing a task table answers; those go to
 * passage retrieval.
 */
public final class DutyFinder {
    /** A task matches a question when its title contains this share of the question's topic bigrams. */
    static final double TOPIC_SHARE = 0.5;
    /** Rows nearly as good as the best one are listed with it (two plans may carry the same task). */
    private static final double CLOSE_TO_BEST = 0.8;

    /**
     * A person's or unit's task-table rows before the tasks read from prose: the tables are the plans' official task
     * lists, which the supervision ledger follows, and a long list is cut after {@code DutyReply.MAX_ROWS}.
     */
    private static final Comparator<DutyMatch.Found> TABLES_FIRST =
            Comparator.comparing(f -> ProseDuties.isProse(f.row()));

    private DutyFinder() {
    }

    /**
     * The person of the task tables (or of minutes' duties) whom a text names, or "": after "县行动办主任谁兼着" is
     * answered with a sentence naming 周海涛, "他还负责啥事" means him.
     */
    public static String personNamed(String text, DocumentCatalog catalog) {
        return Rows.of(catalog).owners().longestIn(HalfWidth.of(text));
    }

    public static Optional<DutyMatch> find(String question, DocumentCatalog catalog) {
        String q = HalfWidth.of(question);
        TaskAsk ask = TaskAsk.of(q);
        Rows prepared = Rows.of(catalog);
        List<DutyMatch.Found> all = prepared.all();
        if (all.isEmpty()) {
            return Optional.empty();
        }
        // "实施方案任务清单第5项是啥 谁负责": that row of the one document the question names
        Optional<DutyMatch.Found> numbered = NumberedAsk.of(q, all).flatMap(NumberedAsk::row);
        if (numbered.isPresent()) {
            return Optional.of(new DutyMatch("", List.of(numbered.get()), 0, ask,
                    "《" + numbered.get().document().title() + "》任务清单第" + numbered.get().row().no().strip() + "项："));
        }
        String person = prepared.owners().longestIn(q);
        if (!person.isEmpty()) {
            List<DutyMatch.Found> rows = inTableNamed(q, all.stream().filter(f -> f.row().owners().contains(person))
                    .sorted(TABLES_FIRST).toList());
            return Optional.of(new DutyMatch(person, narrow(q.replace(person, " "), rows, prepared), 0, ask));
        }
        String unit = prepared.units().longestIn(q);
        if (!unit.isEmpty() && ask.any()) {
            List<DutyMatch.Found> leads = all.stream().filter(f -> f.row().leadUnits().contains(unit))
                    .sorted(TABLES_FIRST).toList();
            List<DutyMatch.Found> cos = ask.lead() && !ask.co() ? List.of()
                    : all.stream().filter(f -> f.row().coUnits().contains(unit) && !leads.contains(f))
                    .sorted(TABLES_FIRST).toList();
            List<DutyMatch.Found> rows = new ArrayList<>(leads);
            rows.addAll(cos);
            rows = inTableNamed(q, rows);
            List<DutyMatch.Found> narrowed = narrow(q.replace(unit, " "), rows, prepared);
            boolean onlySupports = narrowed.stream().allMatch(cos::contains);
            if (!narrowed.isEmpty() && !(onlySupports && aboutSomethingElse(q.replace(unit, " "), narrowed))) {
                int co = (int) narrowed.stream().filter(cos::contains).count();
                return Optional.of(new DutyMatch(unit, narrowed, co, ask));
            }
        }
        Optional<DueBy> dueBy = DueBy.of(q, all.stream().map(DutyMatch.Found::row).toList());
        if (dueBy.isPresent()) { // "南岭整改清单里哪几件得在5月底前搞定"
            List<DutyMatch.Found> rows = inDocumentNamed(q, inKindNamed(q, all)).stream()
                    .filter(f -> dueBy.get().due(f.row())).toList();
            if (!rows.isEmpty()) {
                return Optional.of(new DutyMatch(dueBy.get().said(), rows, 0, ask,
                        dueBy.get().said() + "要完成的任务（共 " + rows.size() + " 项）："));
            }
        }
        String deadline = prepared.deadlines().longestIn(q);
        if (!deadline.isEmpty() && ask.any()) { // "每季度末要完成的任务有哪些"
            List<DutyMatch.Found> rows = all.stream().filter(f -> HalfWidth.of(f.row().deadline()).equals(deadline)).toList();
            return Optional.of(new DutyMatch(deadline, rows, 0, ask, "时限为“" + deadline + "”的任务（共 " + rows.size() + " 项）："));
        }
        if (!ask.aboutATask()) {
            return Optional.empty();
        }
        List<DutyMatch.Found> byTopic = inKindNamed(q, byTopic(q, all, prepared));
        return byTopic.isEmpty() ? Optional.empty() : Optional.of(new DutyMatch("", byTopic, 0, ask));
    }

    /**
     * "项目秘书最晚什么时候得派到位": a question about one task's who, unit or deadline whose words do not match any task
     * well enough ({@link #TOPIC_SHARE}), while the passage retrieval ranks first is the item that task was read from
     * ({@link org.campaignbot.knowledge.table.DutyParenthesis}). The item's task answers it.
     */
    public static Optional<DutyMatch> ofFirstPassage(String question, DocumentCatalog catalog, List<Passage> passages) {
        TaskAsk ask = TaskAsk.of(HalfWidth.of(question));
        if (!ask.aboutATask() || passages.isEmpty()) {
            return Optional.empty();
        }
        // an item with a responsibility parenthesis only: a table's row is found by its task cell, which says all the
        // task is, and its 完成时限 is not the "每月25日前" its plan's prose may give; minutes' items mention much else
        return Rows.of(catalog).all().stream().filter(f -> ProseDuties.isLabelled(f.row()))
                .filter(f -> isPassageOf(f, passages.get(0).chunk())).findFirst()
                .map(f -> new DutyMatch("", List.of(f), 0, ask));
    }

    /**
     * "签了约一直没开工的项目要清理 这事责任人是哪位": of several tasks of one document found by their words for a question
     * about one task, the one whose row or item retrieval ranks first. A long item holds many words by chance; the
     * ranking weighs them. Questions about several tasks ("这两项", "哪些任务") keep them all.
     */
    public static DutyMatch preferFirstPassage(DutyMatch match, String question, List<Passage> passages) {
        if (match.rows().size() < 2 || !match.subject().isEmpty() || !match.title().isEmpty() || passages.isEmpty()
                || SEVERAL.matcher(question).find()
                || match.rows().stream().map(f -> f.document().path()).distinct().count() > 1) {
            return match;
        }
        List<DutyMatch.Found> ranked = match.rows().stream().filter(f -> isPassageOf(f, passages.get(0).chunk()))
                .limit(1).toList();
        return ranked.isEmpty() ? match : new DutyMatch("", ranked, 0, match.ask());
    }

    /** Words of a question about more than one task. */
    private static final java.util.regex.Pattern SEVERAL = java.util.regex.Pattern.compile(
            "[两二三四五六几多]项|[两二三四五六几]件|这些|哪些任务|分别|各自|和.{2,12}(?:两|这)");

    /** True when the passage is the row (a table row's sentence) or the start of the item (prose) it was read from. */
    private static boolean isPassageOf(DutyMatch.Found found, Chunk passage) {
        return found.document().path().equals(passage.path()) && (found.row().sentence().equals(passage.text())
                || ProseDuties.isProse(found.row()) && opening(found.row().sentence()).equals(opening(passage.text())));
    }

    /** The first characters of an item or a passage, without width or spacing differences. */
    private static String opening(String text) {
        String folded = HalfWidth.of(text).replaceAll("\\s", "");
        return folded.substring(0, Math.min(OPENING, folded.length()));
    }

    private static final int OPENING = 24;

    /** "清单第5项", "任务表里第十二条": a row of a task table named by its number. */
    private static final java.util.regex.Pattern NUMBERED_ROW = java.util.regex.Pattern.compile(
            "(?:清单|任务表|分工表|台账|分工)\\p{IsHan}{0,3}?第([一二三四五六七八九十两\\d]{1,3})(?:项|条|个|号)");

    /**
     * True when the question asks for a row by its number ("实施方案任务清单第20项是啥") of the one document it names, and
     * that document's task table has no such row: nothing answers it.
     */
    public static boolean asksForAMissingRow(String question, DocumentCatalog catalog) {
        return NumberedAsk.of(HalfWidth.of(question), Rows.of(catalog).all()).filter(a -> a.row().isEmpty()).isPresent();
    }

    /**
     * A row asked for by its number (its 序号), with the rows of the one document the question names by a word of its
     * title and its kind; none when it names no single document.
     */
    private record NumberedAsk(String number, List<DutyMatch.Found> named) {
        static Optional<NumberedAsk> of(String question, List<DutyMatch.Found> all) {
            java.util.regex.Matcher m = NUMBERED_ROW.matcher(question);
            if (!m.find()) {
                return Optional.empty();
            }
            List<DutyMatch.Found> named = inDocumentNamed(question, inKindNamed(question, all));
            if (named.stream().map(f -> f.document().title()).distinct().count() != 1) {
                return Optional.empty();
            }
            return Optional.of(new NumberedAsk(String.valueOf(ChineseNumerals.parse(m.group(1))), named));
        }

        Optional<DutyMatch.Found> row() {
            List<DutyMatch.Found> rows = named.stream().filter(f -> f.row().no().strip().equals(number)).toList();
            return rows.size() == 1 ? Optional.of(rows.get(0)) : Optional.empty();
        }
    }

    /**
     * "纪要里督办台账哪个单位牵头": of the rows found, those of the kind of document the question names, when there are
     * any (a city plan has a 督办台账 task too), and never those of a document of another level than the question
     * names ({@link DocumentLevel}).
     */
    private static List<DutyMatch.Found> inKindNamed(String question, List<DutyMatch.Found> rows) {
        String kind = DocumentHint.kind(question);
        // "市里方案说重点任务进度拖了 咋催": never a district's row, however well its words match
        String level = DocumentLevel.of(question);
        List<DutyMatch.Found> atLevel = rows.stream().filter(f -> DocumentLevel.of(level, f.document().title())).toList();
        if (kind.isEmpty()) {
            return atLevel;
        }
        List<DutyMatch.Found> named = atLevel.stream().filter(f -> f.document().title().contains(kind)).toList();
        return named.isEmpty() ? atLevel : named;
    }

    /**
     * "南岭整改清单里…": of the rows found, those of the one document whose title alone holds a two-character word of
     * the question (南岭), when there is one.
     */
    private static List<DutyMatch.Found> inDocumentNamed(String question, List<DutyMatch.Found> rows) {
        List<String> titles = rows.stream().map(f -> f.document().title()).distinct().toList();
        for (int i = 0; i + 2 <= question.length(); i++) {
            String gram = question.substring(i, i + 2);
            if (!gram.chars().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                continue;
            }
            List<String> holding = titles.stream().filter(t -> t.contains(gram)).toList();
            if (holding.size() == 1) {
                return rows.stream().filter(f -> f.document().title().equals(holding.get(0))).toList();
            }
        }
        return rows;
    }

    /**
     * "各县区各部门谁是第一责任人" names a unit that leads no task, and asks about something its rows do not hold
     * (第一责任人): the rest of the question shares less than half its words with the rows, so prose answers it.
     */
    private static boolean aboutSomethingElse(String rest, List<DutyMatch.Found> rows) {
        Set<String> grams = RelevanceFloor.contentBigrams(TaskAsk.withoutAskWords(rest));
        if (grams.isEmpty()) {
            return false;
        }
        StringBuilder text = new StringBuilder();
        rows.forEach(f -> text.append(f.row().task()).append(units(f.row())));
        return RelevanceFloor.share(grams, HalfWidth.of(text.toString())) < TOPIC_SHARE;
    }

    /** "清单里", "任务表中": the question looks in a task table, not at tasks of prose. */
    private static final java.util.regex.Pattern TABLE_NAMED = java.util.regex.Pattern.compile("清单|任务表|分工表");

    /** Of the rows found, those of task tables when the question names a task table and any are; else all. */
    private static List<DutyMatch.Found> inTableNamed(String question, List<DutyMatch.Found> rows) {
        if (!TABLE_NAMED.matcher(question).find()) {
            return rows;
        }
        List<DutyMatch.Found> tables = rows.stream().filter(f -> !ProseDuties.isProse(f.row())).toList();
        return tables.isEmpty() ? rows : tables;
    }

    /** Of a person's or unit's rows, those the rest of the question points at; all of them when it points at none. */
    private static List<DutyMatch.Found> narrow(String rest, List<DutyMatch.Found> rows, Rows prepared) {
        // "政务局方案里局办公室…": the document the question names is where to look, not what the tasks are about
        List<DutyMatch.Found> byTopic = byTopic(DocumentHint.withoutPlaceLookedIn(rest), rows, prepared);
        return byTopic.isEmpty() ? rows : byTopic;
    }

    private static List<DutyMatch.Found> byTopic(String question, List<DutyMatch.Found> rows, Rows prepared) {
        Set<String> grams = RelevanceFloor.contentBigrams(TaskAsk.withoutAskWords(question));
        if (grams.isEmpty()) {
            return List.of();
        }
        record Scored(DutyMatch.Found found, double share) {
        }
        double[] shares = prepared.shares(grams, rows);
        List<Scored> scored = java.util.stream.IntStream.range(0, rows.size())
                .filter(i -> shares[i] >= TOPIC_SHARE)
                .mapToObj(i -> new Scored(rows.get(i), shares[i]))
                .sorted(Comparator.comparingDouble(Scored::share).reversed()).toList();
        if (scored.isEmpty()) {
            return List.of();
        }
        double best = scored.get(0).share();
        return scored.stream().filter(s -> s.share() >= best * CLOSE_TO_BEST).map(Scored::found).toList();
    }

    static List<String> units(TaskRow row) {
        List<String> units = new ArrayList<>(row.leadUnits());
        units.addAll(row.coUnits());
        return units;
    }
}
