package de.ssg.lotsenkontor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Starts another JVM on the test class path: a second program on the same database, as users would. */
public final class ExternalProcess {

    private ExternalProcess() {
    }

    public static Process start(Class<?> mainClass, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("-Dlotsenkontor.lang=de");
        command.add(mainClass.getName());
        command.addAll(List.of(args));
        return new ProcessBuilder(command).start();
    }

    /** Waits for the process to end and returns exit code, stdout and stderr. */
    public static Result finish(Process process, long timeoutSeconds) throws IOException, InterruptedException {
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("process did not end within " + timeoutSeconds + " s");
        }
        return new Result(process.exitValue(),
                new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    public record Result(int exitCode, String out, String err) {
    }
}
