package org.welcomingcity.load;

import java.util.List;
import java.util.Locale;

/** The load run's result as Markdown: both endpoints, their latencies and the throughput ratio. */
record LoadReport(String settings, List<LoadPhase> rounds, LoadPhase ping, LoadPhase evaluation) {

    double ratio() {
        return evaluation.throughput() / ping.throughput();
    }

    String markdown() {
        StringBuilder text = new StringBuilder("# Load run: evaluation endpoint against ping\n\n")
                .append(settings).append("\n\n")
                .append("| endpoint | requests | failed | requests/s | p50 ms | p90 ms | p99 ms | max ms |\n")
                .append("|---|---|---|---|---|---|---|---|\n");
        for (LoadPhase round : rounds) {
            text.append(row(round));
        }
        text.append(row(ping)).append(row(evaluation));
        text.append(String.format(Locale.ROOT, "%nThroughput ratio evaluation / ping: **%.2f**%n", ratio()));
        return text.toString();
    }

    private static String row(LoadPhase phase) {
        return String.format(Locale.ROOT, "| %s | %d | %d | %.1f | %.1f | %.1f | %.1f | %.1f |%n", phase.endpoint(),
                phase.completed(), phase.failed(), phase.throughput(), phase.percentileMillis(50),
                phase.percentileMillis(90), phase.percentileMillis(99), phase.percentileMillis(100));
    }
}
