package org.welcomingcity.operations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Not ready when the heap stays nearly full even after garbage collection: such a server answers
 * slowly or fails, so a load balancer should send its traffic elsewhere. The heap in use right
 * now says nothing (it grows until the next collection); what survives a collection does.
 */
@Readiness
@ApplicationScoped
public class HeapReadiness implements HealthCheck {

    @Inject
    @ConfigProperty(name = "welcoming.health.heap-after-gc-percent", defaultValue = "90")
    int limitPercent;

    @Override
    public HealthCheckResponse call() {
        long percent = percentFullAfterCollection();
        return HealthCheckResponse.named("welcoming-heap").status(percent < limitPercent)
                .withData("percentFullAfterGc", percent).withData("limitPercent", limitPercent).build();
    }

    /** The fullest heap pool, as its last collection left it; 0 before any collection. */
    static long percentFullAfterCollection() {
        long fullest = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage afterGc = pool.getType() == MemoryType.HEAP && pool.isCollectionUsageThresholdSupported()
                    ? pool.getCollectionUsage() : null;
            long max = pool.getUsage().getMax();
            if (afterGc != null && max > 0) {
                fullest = Math.max(fullest, afterGc.getUsed() * 100 / max);
            }
        }
        return fullest;
    }
}
