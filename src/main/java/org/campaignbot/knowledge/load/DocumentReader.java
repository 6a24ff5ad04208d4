package org.campaignbot.knowledge.load;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Reads one knowledge file of any supported type into a {@link SourceDocument}. */
@Component
public class DocumentReader {
    public static final Set<String> EXTENSIONS = Set.of("md", "txt", "docx", "doc", "wps", "pdf");

    public static boolean supports(Path file) {
        return EXTENSIONS.contains(extension(file));
    }

    /**
     * @param file         the file
     * @param relativePath its path under the knowledge directory, used as its id
     */
    public SourceDocument read(Path file, String relativePath) throws DocumentReadException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new DocumentReadException("无法读取文件：" + e.getMessage(), e);
        }
        return parse(bytes, relativePath);
    }

    public SourceDocument parse(byte[] bytes, String relativePath) throws DocumentReadException {
        if (bytes.length == 0) {
            throw new DocumentReadException("文件是空的（0 字节），请放入有内容的文档");
        }
        SourceDocument doc = parseByType(bytes, relativePath);
        if (doc.paragraphs().isEmpty() && doc.tables().isEmpty()) {
            // indexed, it would hold nothing to find: say so rather than count it as a document
            throw new DocumentReadException("文档里没有正文文字，请检查文件内容是否完整");
        }
        return doc;
    }

    private SourceDocument parseByType(byte[] bytes, String relativePath) throws DocumentReadException {
        String ext = extension(Path.of(relativePath));
        try {
            return switch (ext) {
                case "md" -> PlainTextParser.parse(relativePath, TextDecoder.decode(bytes), true);
                case "txt" -> PlainTextParser.parse(relativePath, TextDecoder.decode(bytes), false);
                case "docx" -> DocxParser.parse(relativePath, new ByteArrayInputStream(bytes));
                case "doc", "wps" -> DocParser.parse(relativePath, bytes);
                case "pdf" -> PdfParser.parse(relativePath, bytes);
                default -> throw new DocumentReadException("不支持的文件类型 ." + ext + "，支持 .md .txt .docx .doc .wps .pdf");
            };
        } catch (org.apache.poi.EncryptedDocumentException e) {
            throw new DocumentReadException("文件设置了打开密码，请去掉密码后再放入知识库", e);
        } catch (org.apache.poi.OldFileFormatException e) {
            throw new DocumentReadException("文件格式太旧（Word 6.0/95 或更早），请用 Word 或 WPS 打开后另存为 .docx", e);
        } catch (IOException | RuntimeException e) {
            // POI and PDFBox throw a variety of runtime exceptions on damaged files; all mean "cannot read this one"
            throw new DocumentReadException("文件已损坏或格式不正确（" + e.getClass().getSimpleName() + "：" + e.getMessage() + "）", e);
        }
    }

    static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
