package org.campaignbot.console;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.campaignbot.knowledge.KnowledgeProperties;
import org.campaignbot.knowledge.load.DocumentReadException;
import org.campaignbot.knowledge.load.DocumentReader;
import org.springframework.stereotype.Component;

/**
 * Puts an uploaded document into the knowledge folder, or says why not. Checked in this order, each with its own
 * message: the size ({@code bot.console.upload-max-size}); the name (a plain file name: no folders, no "..", no hidden
 * or reserved names, one of .docx .pdf .md .txt); the content against the type the name claims (a .docx is a Word
 * zip, a .pdf starts as one, a .md/.txt is text and no disguised binary); then that the bot can actually read it
 * ({@link DocumentReader}: a scanned PDF or an empty document is refused here, not found missing later). The file
 * is written beside its target under a hidden name and moved into place, so the watcher never reads half a file;
 * an existing file is replaced only when asked.
 */
@Component
class KnowledgeUploads {
    static final Set<String> TYPES = Set.of("docx", "pdf", "md", "txt");
    private static final Pattern RESERVED = Pattern.compile("(?i)(con|prn|aux|nul|com[0-9]|lpt[0-9])(\\..*)?");
    private static final String FORBIDDEN = "<>:\"|?*";
    private final KnowledgeProperties knowledge;
    private final ConsoleProperties properties;
    private final DocumentReader reader;

    KnowledgeUploads(KnowledgeProperties knowledge, ConsoleProperties properties, DocumentReader reader) {
        this.knowledge = knowledge;
        this.properties = properties;
        this.reader = reader;
    }

    /** An upload that was not saved, with the reason in the office's words. */
    static class Refused extends Exception {
        Refused(String message) {
            super(message);
        }
    }

    /** @param path relative to the knowledge folder (the same as the index's document path) */
    record Saved(String path, boolean replaced) {
    }

    Saved save(String originalName, byte[] bytes, boolean replace) throws Refused, IOException {
        if (bytes.length == 0) {
            throw new Refused("文件是空的（0 字节）");
        }
        if (bytes.length > properties.uploadMaxSize().toBytes()) {
            throw new Refused("文件太大：最大 " + properties.uploadMaxSize().toMegabytes() + " MB（设置 bot.console.upload-max-size）");
        }
        String name = fileName(originalName);
        String type = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        checkContent(type, bytes);
        try {
            reader.parse(bytes, name);
        } catch (DocumentReadException e) {
            throw new Refused("无法读取这个文件：" + e.getMessage());
        }
        Path dir = knowledge.dir().toAbsolutePath().normalize();
        Files.createDirectories(dir);
        Path target = dir.resolve(name).normalize();
        if (!dir.equals(target.getParent())) {
            throw new Refused("文件名不能包含路径"); // unreachable after fileName(), kept as the last word on paths
        }
        boolean exists = Files.exists(target, LinkOption.NOFOLLOW_LINKS);
        if (exists && (Files.isSymbolicLink(target) || !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS))) {
            throw new Refused("知识库中的“" + name + "”不是普通文件，不能替换");
        }
        if (exists && !replace) {
            throw new Refused("知识库中已有“" + name + "”：如要替换，请勾选“替换同名文件”后重新上传");
        }
        Path temporary = dir.resolve(".upload-" + UUID.randomUUID() + ".tmp"); // hidden: the watcher ignores it
        try {
            Files.write(temporary, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
        return new Saved(name, exists);
    }

    /** The name as it will be stored, or why it cannot be. */
    static String fileName(String original) throws Refused {
        String name = Normalizer.normalize(original == null ? "" : original, Normalizer.Form.NFC).strip();
        if (name.isEmpty()) {
            throw new Refused("请选择要上传的文件");
        }
        if (name.contains("/") || name.contains("\\") || name.contains("..")) {
            throw new Refused("文件名不能包含路径或“..”：请直接上传文件本身");
        }
        if (name.startsWith(".") || name.startsWith("~") || name.endsWith(".") || RESERVED.matcher(name).matches()) {
            throw new Refused("文件名“" + name + "”不可用：不能以点或 ~ 开头，也不能是系统保留的名称");
        }
        if (name.codePoints().anyMatch(c -> Character.isISOControl(c) || FORBIDDEN.indexOf(c) >= 0)) {
            throw new Refused("文件名中不能有控制字符或 < > : \" | ? * 这些符号");
        }
        if (name.length() > 120) {
            throw new Refused("文件名太长：请控制在 120 个字符以内");
        }
        int dot = name.lastIndexOf('.');
        String type = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (!TYPES.contains(type)) {
            throw new Refused("只能上传 .docx、.pdf、.md、.txt 文件" + (type.equals("doc") || type.equals("wps")
                    ? "（.doc/.wps 请用 Word 或 WPS 另存为 .docx，或直接放进服务器的 knowledge 目录）" : ""));
        }
        return name;
    }

    /** The bytes are what the name says they are. */
    static void checkContent(String type, byte[] bytes) throws Refused {
        switch (type) {
            case "pdf" -> {
                if (!startsWith(bytes, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
                    throw new Refused("文件内容不是 PDF（扩展名是 .pdf，内容却不是）");
                }
            }
            case "docx" -> {
                if (!startsWith(bytes, new byte[] {'P', 'K', 3, 4}) || !hasWordDocument(bytes)) {
                    throw new Refused("文件内容不是 Word 文档（.docx）：如果是旧版 .doc 改了扩展名，请用 Word 或 WPS 另存为 .docx");
                }
            }
            default -> { // md, txt
                boolean utf16 = startsWith(bytes, new byte[] {(byte) 0xFF, (byte) 0xFE}) || startsWith(bytes, new byte[] {(byte) 0xFE, (byte) 0xFF});
                if (binary(bytes) || (!utf16 && contains(bytes, (byte) 0))) {
                    throw new Refused("文件内容不是文本：." + type + " 文件应是纯文字（UTF-8 或 GBK 编码）");
                }
            }
        }
    }

    private static boolean hasWordDocument(byte[] bytes) {
        try (var zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            for (int i = 0; i < 10_000 && (entry = zip.getNextEntry()) != null; i++) {
                if (entry.getName().equals("word/document.xml")) {
                    return true;
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
        return false;
    }

    /** Zip, PDF, Office 97, executables: what a renamed binary most likely is. */
    private static boolean binary(byte[] b) {
        return startsWith(b, new byte[] {'P', 'K', 3, 4}) || startsWith(b, "%PDF".getBytes(StandardCharsets.US_ASCII))
                || startsWith(b, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0})
                || startsWith(b, new byte[] {'M', 'Z'}) || startsWith(b, new byte[] {0x7F, 'E', 'L', 'F'});
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean contains(byte[] bytes, byte value) {
        for (byte b : bytes) {
            if (b == value) {
                return true;
            }
        }
        return false;
    }
}
