package org.welcomingcity.monitoring;

import jakarta.enterprise.inject.Instance;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * The application's metric registry, or none where the domain switched metrics off (a production
 * domain without a monitoring user): Payara then fails to produce it, and the application must
 * run without its figures rather than not start.
 */
final class Registry {

    private static final Logger LOG = Logger.getLogger(Registry.class.getName());

    private Registry() {
    }

    static Optional<MetricRegistry> of(Instance<MetricRegistry> registries) {
        try {
            MetricRegistry registry = registries.get();
            registry.getNames(); // reaches the registry itself, should it come behind a proxy
            return Optional.of(registry);
        } catch (RuntimeException metricsOff) {
            LOG.info("Metrics are switched off on this server: the application's figures are not published");
            return Optional.empty();
        }
    }
}
