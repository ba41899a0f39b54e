package dev.wasmrust.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.wasmrust.cli.Main;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code wasmrust install-kernel --prefix P} and {@code uninstall-kernel --prefix P}. */
class KernelspecInstallTest {
    private static int run(StringBuilder output, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
        int code = Main.run(args, new ByteArrayInputStream(new byte[0]), ps, ps);
        output.append(out.toString(StandardCharsets.UTF_8));
        return code;
    }

    @Test
    void installWritesTheKernelspecAndUninstallRemovesIt(@TempDir Path tmp) throws Exception {
        StringBuilder out = new StringBuilder();
        assertEquals(0, run(out, "install-kernel", "--prefix", tmp.toString()), out.toString());
        Path dir = tmp.resolve("share/jupyter/kernels/wasmrust");
        JsonObject spec = JsonParser.parseString(Files.readString(dir.resolve("kernel.json"))).getAsJsonObject();
        assertEquals("Rust (WasmRust)", spec.get("display_name").getAsString());
        assertEquals("rust", spec.get("language").getAsString());
        assertEquals("message", spec.get("interrupt_mode").getAsString());
        var argv = spec.getAsJsonArray("argv");
        assertTrue(Path.of(argv.get(0).getAsString()).isAbsolute(), argv.toString());
        assertTrue(argv.get(0).getAsString().endsWith("/wasmrust"), argv.toString());
        assertEquals("kernel", argv.get(1).getAsString());
        assertEquals("{connection_file}", argv.get(2).getAsString());
        for (int size : new int[] {32, 64}) {
            BufferedImage logo = ImageIO.read(new ByteArrayInputStream(Files.readAllBytes(dir.resolve("logo-" + size + "x" + size + ".png"))));
            assertEquals(size, logo.getWidth());
            assertEquals(size, logo.getHeight());
        }
        out.setLength(0);
        assertEquals(0, run(out, "install-kernel", "--prefix", tmp.toString()), "installing again replaces it: " + out);
        out.setLength(0);
        assertEquals(0, run(out, "uninstall-kernel", "--prefix", tmp.toString()), out.toString());
        assertFalse(Files.exists(dir));
        out.setLength(0);
        assertEquals(1, run(out, "uninstall-kernel", "--prefix", tmp.toString()));
        assertTrue(out.toString().contains("no kernelspec wasmrust"), out.toString());
        out.setLength(0);
        assertEquals(2, run(out, "install-kernel", "--user", "--prefix", tmp.toString()));
    }
}
