package dev.wasmrust.kernel.cli;

import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Option;

/**
 * Where {@code install-kernel} and {@code uninstall-kernel} put the kernelspec, as {@code jupyter kernelspec
 * install} would: the user's Jupyter data directory (default), the Python environment of {@code jupyter}
 * ({@code --sys-prefix}) or {@code PREFIX/share/jupyter/kernels} ({@code --prefix}).
 */
final class KernelspecLocation {
    @Option(names = "--user", description = "the user's Jupyter data directory (the default)")
    boolean user;

    @Option(names = "--sys-prefix", description = "the Python environment `jupyter` runs in (asks `jupyter` itself)")
    boolean sysPrefix;

    @Option(names = "--prefix", paramLabel = "PREFIX", description = "PREFIX/share/jupyter/kernels (then JUPYTER_PATH=PREFIX/share/jupyter)")
    Path prefix;

    /** The kernelspec's directory, or null for {@code --sys-prefix} (only {@code jupyter} knows it). */
    Path directory() {
        if (prefix != null) {
            return prefix.toAbsolutePath().resolve("share/jupyter/kernels").resolve(Kernelspec.NAME);
        }
        if (sysPrefix) {
            return null;
        }
        return userDataDir().resolve("kernels").resolve(Kernelspec.NAME);
    }

    String conflict() {
        int n = (user ? 1 : 0) + (sysPrefix ? 1 : 0) + (prefix != null ? 1 : 0);
        return n > 1 ? "give at most one of --user, --sys-prefix and --prefix" : null;
    }

    /** jupyter_core's user data directory: $JUPYTER_DATA_DIR, else the platform's (XDG on Linux). */
    static Path userDataDir() {
        String explicit = System.getenv("JUPYTER_DATA_DIR");
        if (explicit != null && !explicit.isEmpty()) {
            return Path.of(explicit);
        }
        Path home = Path.of(System.getProperty("user.home"));
        if (System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("mac")) {
            return home.resolve("Library/Jupyter");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return (xdg != null && !xdg.isEmpty() ? Path.of(xdg) : home.resolve(".local/share")).resolve("jupyter");
    }
}
