package org.campaignbot.supervision;

/** The familiar lights of supervision work. */
public enum TaskStatus {
    DONE("办结", "✅"),
    RED("逾期", "🔴"),
    YELLOW("临期", "🟡"),
    GREEN("正常", "🟢");

    private final String label;
    private final String light;

    TaskStatus(String label, String light) {
        this.label = label;
        this.light = light;
    }

    public String label() {
        return label;
    }

    public String light() {
        return light;
    }
}
