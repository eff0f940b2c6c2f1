package org.welcomingcity.identity.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Hashes new passwords at the domain's cost: {@link PasswordHashing#ITERATIONS} on every domain
 * but the embedded demo, whose {@value #DEMO_COST_KEY} may set another count. A demo domain is
 * one with {@code welcoming.demo.accounts=true} on the embedded H2 database with the application's
 * own accounts, checked here by the same rule as {@link DemoAccounts} (which also stops the
 * deployment otherwise), so a production domain always hashes at the full cost. The
 * end-to-end suite, which opens hundreds of accounts on a demo domain, sets a low count there
 * so that it does not spend minutes in PBKDF2. Each hash keeps its own count, so a password
 * hashed at either cost still verifies after the cost has changed.
 */
@ApplicationScoped
public class PasswordHasher {

    static final String DEMO_COST_KEY = "welcoming.demo.password-hash-iterations";
    static final int DEMO_MINIMUM = 1_000;
    private static final Logger LOG = Logger.getLogger(PasswordHasher.class.getName());

    @Inject
    @ConfigProperty(name = "welcoming.demo.accounts")
    boolean demo;

    @Inject
    @ConfigProperty(name = DEMO_COST_KEY)
    int demoIterations;

    @Inject
    @ConfigProperty(name = DemoAccounts.IDENTITY_STORE, defaultValue = DemoAccounts.DATABASE_STORE)
    String identityStore;

    @Resource(lookup = "jdbc/welcoming")
    DataSource database;

    private int iterations;
    private String decoy;

    @PostConstruct
    void chooseCost() {
        boolean demoDomain = demo
                && DemoAccounts.refusal(DemoAccounts.databaseProduct(database), identityStore).isEmpty();
        useCost(cost(demoDomain, demoIterations));
    }

    /** New hashes, the decoy's too, take this many iterations from now on. */
    void useCost(int iterations) {
        this.iterations = iterations;
        if (iterations != PasswordHashing.ITERATIONS) {
            LOG.warning(() -> "Demo domain: new passwords are hashed with " + iterations + " iterations (" + DEMO_COST_KEY
                    + "), not " + PasswordHashing.ITERATIONS + " as on a production domain");
        }
        decoy = hash("decoy-password".toCharArray());
    }

    /** The iteration count for new hashes: the demo's own count on a demo domain, the full cost elsewhere. */
    static int cost(boolean demoDomain, int demoIterations) {
        if (!demoDomain) {
            return PasswordHashing.ITERATIONS;
        }
        if (demoIterations < DEMO_MINIMUM) {
            throw new IllegalStateException(DEMO_COST_KEY + " must be at least " + DEMO_MINIMUM + ", not " + demoIterations);
        }
        return demoIterations;
    }

    /** A new hash of the password, with a salt of its own. */
    public String hash(char[] password) {
        return PasswordHashing.hash(password, iterations);
    }

    /**
     * A hash of nobody's password at the same cost, to compare against when an account does not
     * exist, so that the time of a refusal does not tell which names exist.
     */
    public String decoy() {
        return decoy;
    }
}
