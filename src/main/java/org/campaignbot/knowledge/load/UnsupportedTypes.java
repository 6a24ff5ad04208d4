package org.campaignbot.knowledge.load;

import java.util.Map;

/**
 * Why a file in the knowledge folder is not read, and what the office can do about it. Offices drop in whatever they
 * were sent: spreadsheets, slides, scans, OFD (China's fixed-layout format) and archives; each is reported with the
 * way to turn it into something readable instead of vanishing silently.
 */
final class UnsupportedTypes {
    private static final String SAVE_AS = "请另存为 .docx 或 .pdf 后放入";
    private static final Map<String, String> ADVICE = Map.ofEntries(
            Map.entry("ofd", "（OFD 版式文件），请用数科或福昕 OFD 阅读器另存为 .pdf，或提供原 Word 文件"),
            Map.entry("xls", "（Excel 表格），请把表格复制到 Word 中，" + SAVE_AS),
            Map.entry("xlsx", "（Excel 表格），请把表格复制到 Word 中，" + SAVE_AS),
            Map.entry("et", "（WPS 表格），请把表格复制到 WPS 文字中，" + SAVE_AS),
            Map.entry("csv", "（表格数据），请把表格复制到 Word 中，" + SAVE_AS),
            Map.entry("ppt", "（演示文稿），" + SAVE_AS),
            Map.entry("pptx", "（演示文稿），" + SAVE_AS),
            Map.entry("dps", "（WPS 演示），" + SAVE_AS),
            Map.entry("rtf", "（RTF），" + SAVE_AS),
            Map.entry("odt", "（OpenDocument 文档），" + SAVE_AS),
            Map.entry("wpt", "（WPS 模板），" + SAVE_AS),
            Map.entry("dot", "（Word 模板），" + SAVE_AS),
            Map.entry("dotx", "（Word 模板），" + SAVE_AS),
            Map.entry("html", "（网页），" + SAVE_AS),
            Map.entry("htm", "（网页），" + SAVE_AS),
            Map.entry("zip", "（压缩包），请解压后把其中的文档放入"),
            Map.entry("rar", "（压缩包），请解压后把其中的文档放入"),
            Map.entry("7z", "（压缩包），请解压后把其中的文档放入"));
    private static final String IMAGE = "（图片），图片里的文字无法读取，请提供 .docx 或文字版 .pdf";
    private static final java.util.Set<String> IMAGES = java.util.Set.of("jpg", "jpeg", "png", "gif", "bmp", "tif", "tiff", "webp", "heic");

    private UnsupportedTypes() {
    }

    /** The reason shown in the log and in health for a file of a type the reader does not support. */
    static String reason(String fileName) {
        String ext = DocumentReader.extension(java.nio.file.Path.of(fileName));
        if (ext.isEmpty()) {
            return "文件没有扩展名，无法判断类型，" + SAVE_AS;
        }
        String advice = IMAGES.contains(ext) ? IMAGE : ADVICE.getOrDefault(ext, "，" + SAVE_AS);
        return "不支持的文件类型 ." + ext + advice;
    }
}
