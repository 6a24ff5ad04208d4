package org.campaignbot.install;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar after the build rewrote it without onnxruntime's debug symbols: still a jar Spring Boot can run
 * (nested jars stored, not compressed; the class-path index intact), the native libraries of every platform still
 * there, the symbols gone. BundleIT shows that it runs.
 */
class SlimJarIT {
    private final Path jar = Path.of(System.getProperty("bot.jar"));

    @Test
    void theJarHoldsNoDebugSymbolsAndStaysLoadable() throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            List<? extends ZipEntry> nested = zip.stream().filter(e -> e.getName().startsWith("BOOT-INF/lib/")).toList();
            assertThat(nested).isNotEmpty().allMatch(e -> e.getMethod() == ZipEntry.STORED, "stored, as Boot's loader needs");
            ZipEntry onnx = nested.stream().filter(e -> e.getName().contains("onnxruntime-")).findFirst().orElseThrow();
            String index = new String(zip.getInputStream(zip.getEntry("BOOT-INF/classpath.idx")).readAllBytes());
            assertThat(index).contains(onnx.getName());

            List<String> inside = new ArrayList<>();
            try (var in = new ZipInputStream(zip.getInputStream(onnx))) {
                for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                    inside.add(e.getName());
                }
            }
            assertThat(inside).contains("ai/onnxruntime/native/linux-x64/libonnxruntime.so",
                    "ai/onnxruntime/native/linux-aarch64/libonnxruntime.so", "ai/onnxruntime/native/win-x64/onnxruntime.dll",
                    "ai/onnxruntime/native/osx-aarch64/libonnxruntime.dylib", "ai/onnxruntime/OrtEnvironment.class");
            assertThat(inside).noneMatch(name -> name.endsWith(".pdb") || name.contains(".dSYM/"));
        }
        long size = Files.size(jar);
        System.out.printf("campaign-bot.jar: %d bytes%n", size);
        assertThat(size).isLessThan(160_000_000L); // 209 MB with the symbols
    }
}
