package org.campaignbot.knowledge;

/** The titles of the two documents shipped in knowledge/, which tests of which document answers refer to. */
public final class ShippedTitles {
    public static final String SPEECH = "在全市“三抓三促”行动动员部署会议上的讲话";
    public static final String PLAN = "xx市“三抓三促”行动实施方案（示例）";

    private ShippedTitles() {
    }
}
