package org.welcomingcity.web.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The identity store in use and how groups become roles, read once at start-up: a wrong
 * value stops the deployment instead of failing at the first log-on.
 */
@ApplicationScoped
public class IdentitySettings {

    @Inject
    @ConfigProperty(name = IdentitySource.KEY, defaultValue = "database")
    String store;

    @Inject
    @ConfigProperty(name = GroupRoles.KEY)
    Optional<String> groupRoles;

    private IdentitySource source;
    private GroupRoles mapping;

    @PostConstruct
    void read() {
        source = IdentitySource.of(store);
        mapping = GroupRoles.parse(groupRoles.orElse(""));
        if (source != IdentitySource.DATABASE && mapping.isEmpty()) {
            throw new IllegalStateException(GroupRoles.KEY + " must map at least one group to a role when "
                    + IdentitySource.KEY + "=" + store);
        }
    }

    void checkAtStartUp(@Observes @Initialized(ApplicationScoped.class) Object started) {
        source(); // resolves the proxy, which reads and checks the settings
    }

    public IdentitySource source() {
        return source;
    }

    public GroupRoles groupRoles() {
        return mapping;
    }
}
