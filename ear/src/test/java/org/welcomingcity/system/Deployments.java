package org.welcomingcity.system;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jboss.shrinkwrap.api.ArchivePath;
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

    private static EnterpriseArchive asBuilt;

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

    static boolean isAsBuilt(Object archive) {
        return archive != null && archive == asBuilt;
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

    /** The same EAR with in-container test classes added to its web module, where Arquillian runs them. */
    static EnterpriseArchive welcomingWith(Class<?>... testClasses) {
        return welcomingWith(Map.of(), testClasses);
    }

    /** The EAR with settings that replace defaults and in-container test classes. */
    static EnterpriseArchive welcomingWith(Map<String, String> settings, Class<?>... testClasses) {
        EnterpriseArchive ear = settings.isEmpty() ? importEar() : welcomingConfiguredWith(settings);
        ear.getAsType(WebArchive.class, "welcoming-web.war").addClasses(testClasses);
        return ear;
    }
}
