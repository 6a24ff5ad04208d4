package org.campaignbot.common;

/** Small numbers as cadres write them in questions: 三, 两, 十二, or 3. */
public final class ChineseNumerals {
    private static final String DIGITS = "一二三四五六七八九十";

    private ChineseNumerals() {
    }

    /** 1–99 for 一…九十九, 两 or Arabic digits; 0 when the text is no such number. */
    public static int parse(String numeral) {
        if (numeral == null || numeral.isEmpty()) {
            return 0;
        }
        if (numeral.chars().allMatch(Character::isDigit)) {
            return numeral.length() <= 2 ? Integer.parseInt(numeral) : 0;
        }
        if (numeral.equals("两")) {
            return 2;
        }
        if (numeral.length() == 1) {
            return DIGITS.indexOf(numeral) + 1;
        }
        int ten = numeral.indexOf('十');
        if (ten < 0 || numeral.length() > 3) {
            return 0;
        }
        int tens = ten == 0 ? 1 : DIGITS.indexOf(numeral.charAt(0)) + 1;
        int ones = ten == numeral.length() - 1 ? 0 : DIGITS.indexOf(numeral.charAt(ten + 1)) + 1;
        return tens * 10 + ones;
    }

    /** True for the characters 一…十 and 两. */
    public static boolean isNumeral(char c) {
        return DIGITS.indexOf(c) >= 0 || c == '两';
    }
}
