package org.welcomingcity.system;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.Node;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment every end-to-end test uses: the EAR this build produced, unchanged, or
 * with settings that outrank the defaults (as a city's own configuration would).
 */
public final class Deployments {

    /** Where an EAR that test classes share, other than the EAR as built, carries its name. */
    private static final String SHARED_AS = "META-INF/welcoming-test-shared-as.txt";

    private static EnterpriseArchive asBuilt;
    private static EnterpriseArchive forChecks;

    private Deployments() {
    }

    /**
     * The EAR as built. Every call answers the same archive, which {@link SharedDeploymentContainer}
     * recognises and leaves deployed for the next test class that asks for it.
     */
    public static synchronized EnterpriseArchive welcoming() {
        if (asBuilt == null) {
            asBuilt = importEar();
        }
        return asBuilt;
    }

    /**
     * One EAR for the classes that each need a setting or an in-container class the EAR as built
     * lacks ({@link OwnDeployment#FOR_CHECKS}), where no setting touches what another of them checks:
     * scans kept 30 days ({@link ScanRetentionIT}), the proxy at 127.0.0.1 trusted for TLS
     * ({@link ForwardedTlsIT}), every heap too full for readiness ({@link HealthWhenTheHeapIsFullIT}),
     * sessions that end after 2 hours and a clock the tests can move on ({@link SessionLimitsBrowserIT},
     * which moves it; it runs last of them, by name), and the in-container classes of the audit trail
     * and the account directory. Every call answers the same archive, imported once; the name it
     * carries ({@link #sharedAs}) lets {@link SharedDeploymentContainer} leave it deployed from one of
     * these classes to the next.
     */
    static synchronized EnterpriseArchive welcomingForChecks() {
        if (forChecks == null) {
            forChecks = welcomingWith(Map.of(
                    "welcoming.attachments.retention-days", String.valueOf(ScanRetentionIT.RETENTION_DAYS),
                    "welcoming.security.trusted-proxies", ForwardedTlsIT.TRUSTED_PROXIES,
                    "welcoming.health.heap-after-gc-percent",
                    String.valueOf(HealthWhenTheHeapIsFullIT.HEAP_LIMIT_PERCENT),
                    "welcoming.security.session.idle-minutes", String.valueOf(SessionLimitsBrowserIT.IDLE.toMinutes()),
                    "welcoming.security.session.max-hours", String.valueOf(SessionLimitsBrowserIT.ABSOLUTE.toHours())),
                    ScanRetentionIT.class, AuditTrailInContainerIT.class, AuditTestSupport.class,
                    AccountDirectoryInContainerIT.class, MovableClock.class);
            forChecks.add(new StringAsset(OwnDeployment.FOR_CHECKS), SHARED_AS);
        }
        return forChecks;
    }

    /**
     * The name of the EAR several test classes share that this archive is, or null for one of a
     * class's own. The EAR as built is known as the same object; the EAR for checks by the name it
     * carries, since Arquillian hands the container a new archive for in-container classes, the
     * class's with its test protocol added.
     */
    static String sharedAs(Archive<?> archive) {
        if (archive == asBuilt) {
            return "as built";
        }
        Node name = archive.get(SHARED_AS);
        if (name == null || name.getAsset() == null) {
            return null;
        }
        try (InputStream in = name.getAsset().openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fresh copy of the EAR, for deployments that change it. */
    private static EnterpriseArchive importEar() {
        File ear = new File(System.getProperty("welcoming.ear", "target/welcoming.ear"));
        if (!ear.isFile()) {
            throw new IllegalStateException("Build the EAR first: " + ear + " does not exist");
        }
        return ShrinkWrap.create(ZipImporter.class, "welcoming.ear").importFrom(ear).as(EnterpriseArchive.class);
    }

    /**
     * The same EAR with MicroProfile Config settings that replace defaults, as a city's own
     * configuration would; they leave with the deployment, so the next test class gets the
     * defaults back. They are appended to the defaults file itself: Payara reads every
     * application properties file at one ordinal, so a second file would not reliably win.
     */
    static EnterpriseArchive welcomingConfiguredWith(Map<String, String> settings) {
        EnterpriseArchive ear = importEar();
        ArchivePath configJar = ear.getContent(path -> path.get().matches("/lib/.*welcoming-config.*\\.jar"))
                .keySet().iterator().next();
        JavaArchive config = ear.getAsType(JavaArchive.class, configJar);
        String file = "META-INF/microprofile-config.properties";
        StringBuilder properties = new StringBuilder();
        try (InputStream defaults = config.get(file).getAsset().openStream()) {
            properties.append(new String(defaults.readAllBytes(), StandardCharsets.ISO_8859_1)).append('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        settings.forEach((key, value) -> properties.append(key).append('=').append(value).append('\n'));
        config.delete(file);
        config.add(new StringAsset(properties.toString()), file); // a later line wins over an earlier one
        return ear;
    }

    /** The EAR with settings that replace defaults and in-container test classes. */
    static EnterpriseArchive welcomingWith(Map<String, String> settings, Class<?>... testClasses) {
        EnterpriseArchive ear = settings.isEmpty() ? importEar() : welcomingConfiguredWith(settings);
        ear.getAsType(WebArchive.class, "welcoming-web.war").addClasses(testClasses);
        return ear;
    }
}
