package org.campaignbot.knowledge.index;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/**
 * Chinese is indexed twice: SmartChineseAnalyzer segments words (precise when its dictionary knows the words),
 * CJKAnalyzer makes overlapping bigrams (robust for campaign slogans such as 三抓三促 that no dictionary knows).
 */
public final class Analyzers {
    public static final String WORDS = "words";
    public static final String BIGRAMS = "bigrams";

    private Analyzers() {
    }

    public static Analyzer words() {
        return new SmartChineseAnalyzer();
    }

    public static Analyzer bigrams() {
        return new CJKAnalyzer();
    }

    public static Analyzer perField() {
        return new PerFieldAnalyzerWrapper(new StandardAnalyzer(), Map.of(WORDS, words(), BIGRAMS, bigrams()));
    }
}
