package dev.wasmrust.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.wasmrust.cli.Main;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The kernelspec installed by {@code wasmrust install-kernel --prefix DIR}, for Python clients found through
 * {@code JUPYTER_PATH=DIR/share/jupyter}. Its argv starts a small launcher that runs the kernel from this
 * test's class path (the checkout's own launcher would rebuild with Maven in the middle of a Maven build).
 */
final class InstalledKernelspec {
    final Path prefix;

    InstalledKernelspec(Path dir) throws IOException {
        this.prefix = dir.resolve("prefix");
        Path launcher = dir.resolve("wasmrust-under-test");
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Files.writeString(launcher, "#!/bin/sh\nexec '" + java + "' -Xss16m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -cp '"
                + classpath.replace(File.pathSeparator, ":") + "' dev.wasmrust.cli.Main \"$@\"\n");
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"install-kernel", "--prefix", prefix.toString(), "--launcher", launcher.toString()},
                new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(out, true, StandardCharsets.UTF_8));
        assertEquals(0, code, out.toString(StandardCharsets.UTF_8));
    }

    /** The value for {@code JUPYTER_PATH}. */
    String jupyterPath() {
        return prefix.resolve("share/jupyter").toString();
    }

    /** Runs {@code /usr/bin/python3 ARGS} in {@code dir} with the kernelspec visible; returns exit status and output. */
    ProcessResult python(Path dir, long timeoutSeconds, String... args) throws IOException, InterruptedException {
        String[] cmd = new String[args.length + 1];
        cmd[0] = Oracles.PYTHON.toString();
        System.arraycopy(args, 0, cmd, 1, args.length);
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().put("JUPYTER_PATH", jupyterPath());
        pb.environment().put("PYTHONDONTWRITEBYTECODE", "1");
        pb.environment().put("JUPYTER_PLATFORM_DIRS", "1");
        Process p = pb.start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Thread pump = new Thread(() -> {
            try {
                p.getInputStream().transferTo(out);
            } catch (IOException e) {
                // the process ended; what was read is kept
            }
        });
        pump.start();
        boolean done = p.waitFor(timeoutSeconds, java.util.concurrent.TimeUnit.SECONDS);
        if (!done) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
        pump.join(5000);
        return new ProcessResult(done ? p.exitValue() : -1, out.toString(StandardCharsets.UTF_8));
    }

    record ProcessResult(int exitCode, String output) {}
}
