package org.campaignbot.answer;

import java.util.regex.Pattern;
import org.campaignbot.answer.duty.DutyFinder;
import org.campaignbot.common.HalfWidth;
import org.campaignbot.knowledge.structure.DocumentCatalog;
import org.campaignbot.knowledge.structure.DocumentFacts;
import org.campaignbot.knowledge.structure.PerCatalog;

/**
 * "王志刚的联系电话多少": a person the documents name, asked for a way to reach him, when no line of the documents gives
 * his. The contact line at a plan's foot gives someone else's number; quoting it would send the cadre to the wrong
 * person.
 */
final class PersonContact {
    private static final Pattern CONTACT = Pattern.compile("电话|手机|联系方式|座机|号码|邮箱|微信号");
    /** A line that gives a way to reach someone: a phone number or the word for one. */
    private static final Pattern REACHABLE = Pattern.compile("电话|手机|联系方式|邮箱|\\d{7,}");
    private static final PerCatalog<java.util.List<String>> LINES = new PerCatalog<>(PersonContact::lines);

    private PersonContact() {
    }

    /** True when the question asks how to reach a person the documents name, and no line gives it. */
    static boolean missing(String question, DocumentCatalog catalog) {
        if (!CONTACT.matcher(question).find()) {
            return false;
        }
        String person = DutyFinder.personNamed(question, catalog);
        if (person.isEmpty()) {
            return false;
        }
        return LINES.of(catalog).stream().noneMatch(l -> l.contains(person) && REACHABLE.matcher(l).find());
    }

    private static java.util.List<String> lines(DocumentCatalog catalog) {
        return catalog.documents().stream().map(DocumentFacts::text)
                .flatMap(t -> HalfWidth.of(t).lines()).toList();
    }
}
