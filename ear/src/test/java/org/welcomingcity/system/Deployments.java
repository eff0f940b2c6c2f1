package org.welcomingcity.system;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The one deployment every end-to-end test uses: the EAR this build produced, unchanged. */
public final class Deployments {

    private Deployments() {
    }

    public static EnterpriseArchive welcoming() {
        File ear = new File(System.getProperty("welcoming.ear", "target/welcoming.ear"));
        if (!ear.isFile()) {
            throw new IllegalStateException("Build the EAR first: " + ear + " does not exist");
        }
        return ShrinkWrap.create(ZipImporter.class, "welcoming.ear").importFrom(ear).as(EnterpriseArchive.class);
    }

    /**
     * The same EAR with some settings overridden, as a deployment could: a library holding a
     * MicroProfile Config file that outranks the defaults (ordinal 500; system properties are 400).
     */
    static EnterpriseArchive welcomingWithSettings(String... settings) {
        String file = "config_ordinal=500\n" + String.join("\n", settings) + "\n";
        EnterpriseArchive ear = welcoming();
        ear.addAsLibrary(ShrinkWrap.create(JavaArchive.class, "test-settings.jar")
                .addAsManifestResource(new StringAsset(file), "microprofile-config.properties"));
        return ear;
    }

    /** The same EAR with in-container test classes added to its web module, where Arquillian runs them. */
    static EnterpriseArchive welcomingWith(Class<?>... testClasses) {
        EnterpriseArchive ear = welcoming();
        ear.getAsType(WebArchive.class, "welcoming-web.war").addClasses(testClasses);
        return ear;
    }
}
