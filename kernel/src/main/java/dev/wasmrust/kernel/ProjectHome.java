package dev.wasmrust.kernel;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The WasmRust checkout this kernel runs from (the directory holding the {@code wasmrust} launcher and
 * README.md), found from where the kernel's classes were loaded ({@code kernel/target/...}).
 */
public final class ProjectHome {
    private ProjectHome() {}

    public static Path find() {
        try {
            Path p = Path.of(ProjectHome.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toAbsolutePath();
            for (Path d = p; d != null; d = d.getParent()) {
                if (Files.isRegularFile(d.resolve("wasmrust")) && Files.isRegularFile(d.resolve("README.md"))) {
                    return d;
                }
            }
        } catch (URISyntaxException | RuntimeException e) {
            // a class loader without a code source: fall back to the working directory below
        }
        return Path.of("").toAbsolutePath();
    }

    /** The launcher script the kernelspec's argv starts. */
    public static Path launcher() {
        return find().resolve("wasmrust");
    }
}
