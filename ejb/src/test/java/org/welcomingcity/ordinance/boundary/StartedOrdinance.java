package org.welcomingcity.ordinance.boundary;

import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/** The boundary started without a container, its settings from a map: for tests of the code that uses it. */
public final class StartedOrdinance {

    private StartedOrdinance() {
    }

    public static Ordinance withShippedPacks() {
        return with(Map.of());
    }

    public static Ordinance with(Map<String, String> settings) {
        Ordinance ordinance = new Ordinance();
        ordinance.config = config(settings);
        ordinance.load();
        return ordinance;
    }

    /** Only what the boundary uses: optional string values and the list of names. */
    private static Config config(Map<String, String> settings) {
        return (Config) Proxy.newProxyInstance(Config.class.getClassLoader(), new Class<?>[] {Config.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getOptionalValue" -> Optional.ofNullable(settings.get((String) args[0]));
                    case "getPropertyNames" -> settings.keySet();
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
