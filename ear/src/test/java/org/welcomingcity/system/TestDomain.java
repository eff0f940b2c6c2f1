package org.welcomingcity.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The test domain's own settings, changed with asadmin as an operator would, and its server log.
 * The embedded run's domain is made with the demo accounts switched on; classes that deploy with
 * the directory or the identity provider switch them off first (the deployment would stop
 * otherwise) and back on when they are done.
 */
final class TestDomain {

    static final String DEMO_ACCOUNTS = "welcoming.demo.accounts";

    private TestDomain() {
    }

    /** The embedded run (H2, demo accounts); the PostgreSQL run gives the tests a first administrator instead. */
    static boolean embedded() {
        return System.getProperty("welcoming.test.first-admin-password", "").isBlank();
    }

    static void demoAccountsOff() {
        if (embedded()) {
            asadmin("delete-system-property", DEMO_ACCOUNTS);
        }
    }

    static void demoAccountsOn() {
        if (embedded()) {
            asadmin("create-system-properties", DEMO_ACCOUNTS + "=true");
        }
    }

    static String serverLog() throws IOException {
        return Files.readString(domainFolder().resolve(Path.of("logs", "server.log")));
    }

    static Path domainFolder() {
        return Path.of(System.getProperty("payara.home"), "glassfish", "domains", System.getProperty("test.domain"));
    }

    /** Runs asadmin on the test domain; the output, or an error naming the command and what it said. */
    static String asadmin(String... command) {
        List<String> line = new ArrayList<>(List.of(
                Path.of(System.getProperty("payara.home"), "bin", "asadmin").toString(),
                "--port", System.getProperty("test.admin.port"), "--interactive=false"));
        line.addAll(List.of(command));
        return run(line);
    }

    static String run(List<String> line) {
        try {
            Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", line) + " failed:\n" + output);
            }
            return output;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run " + line.get(0), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
