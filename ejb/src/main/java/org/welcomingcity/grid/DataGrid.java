package org.welcomingcity.grid;

import com.hazelcast.core.HazelcastInstance;
import java.util.Optional;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/** Payara's Data Grid member of this instance, bound at {@value #JNDI_NAME}, when there is one. */
public final class DataGrid {

    public static final String JNDI_NAME = "payara/Hazelcast";

    private DataGrid() {
    }

    /** The grid, or empty when it is switched off (a single server may run without one). */
    public static Optional<HazelcastInstance> find() {
        try {
            return Optional.ofNullable((HazelcastInstance) new InitialContext().lookup(JNDI_NAME));
        } catch (NamingException notBound) {
            return Optional.empty();
        }
    }
}
