package dev.wasmrust.kernel.cli;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The kernelspec {@code wasmrust}: {@code kernel.json} (argv through the absolute path of the launcher,
 * so the kernel is built on first use and runs from the checkout it was installed from; interrupts as
 * messages) and the 32 and 64 px logos.
 */
final class Kernelspec {
    static final String NAME = "wasmrust";
    static final String DISPLAY_NAME = "Rust (WasmRust)";

    private Kernelspec() {}

    static String kernelJson(Path launcher) {
        JsonObject spec = new JsonObject();
        JsonArray argv = new JsonArray();
        argv.add(launcher.toAbsolutePath().toString());
        argv.add("kernel");
        argv.add("{connection_file}");
        spec.add("argv", argv);
        spec.addProperty("display_name", DISPLAY_NAME);
        spec.addProperty("language", "rust");
        spec.addProperty("interrupt_mode", "message");
        spec.add("env", new JsonObject());
        JsonObject meta = new JsonObject();
        meta.addProperty("debugger", false);
        spec.add("metadata", meta);
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(spec) + "\n";
    }

    /** Writes the kernelspec's files into {@code dir} (created if needed). */
    static void writeTo(Path dir, Path launcher) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("kernel.json"), kernelJson(launcher), StandardCharsets.UTF_8);
        Files.write(dir.resolve("logo-32x32.png"), KernelLogo.png(32));
        Files.write(dir.resolve("logo-64x64.png"), KernelLogo.png(64));
    }
}
