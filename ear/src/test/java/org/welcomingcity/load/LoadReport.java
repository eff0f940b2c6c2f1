package org.welcomingcity.load;

import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * The load run's result as Markdown: each round's pair of phases with its own throughput
 * ratio, then both endpoints over all rounds. The median of the round ratios is the figure to
 * quote: a neighbour's burst on a shared machine moves one round, not the median.
 */
record LoadReport(String settings, List<LoadPhase> pings, List<LoadPhase> evaluations) {

    LoadPhase ping() {
        return LoadPhase.combined("**ping, all rounds**", pings.toArray(LoadPhase[]::new));
    }

    LoadPhase evaluation() {
        return LoadPhase.combined("**evaluation, all rounds**", evaluations.toArray(LoadPhase[]::new));
    }

    double roundRatio(int round) {
        return evaluations.get(round).throughput() / pings.get(round).throughput();
    }

    double medianRatio() {
        double[] ratios = IntStream.range(0, pings.size()).mapToDouble(this::roundRatio).sorted().toArray();
        int middle = ratios.length / 2;
        return ratios.length % 2 == 1 ? ratios[middle] : (ratios[middle - 1] + ratios[middle]) / 2;
    }

    String markdown() {
        StringBuilder text = new StringBuilder("# Load run: evaluation endpoint against ping\n\n")
                .append(settings).append("\n\n")
                .append("| endpoint | requests | failed | requests/s | p50 ms | p90 ms | p99 ms | max ms | ratio |\n")
                .append("|---|---|---|---|---|---|---|---|---|\n");
        for (int round = 0; round < pings.size(); round++) {
            text.append(row(pings.get(round), "")).append(row(evaluations.get(round), ratio(roundRatio(round))));
        }
        LoadPhase ping = ping();
        LoadPhase evaluation = evaluation();
        text.append(row(ping, "")).append(row(evaluation, ratio(evaluation.throughput() / ping.throughput())));
        return text.append(String.format(Locale.ROOT, "%nThroughput ratio evaluation / ping, median of the rounds: "
                + "**%.2f** (all rounds pooled: %.2f)%n", medianRatio(), evaluation.throughput() / ping.throughput()))
                .toString();
    }

    private static String ratio(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private static String row(LoadPhase phase, String ratio) {
        return String.format(Locale.ROOT, "| %s | %d | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %s |%n", phase.endpoint(),
                phase.completed(), phase.failed(), phase.throughput(), phase.percentileMillis(50),
                phase.percentileMillis(90), phase.percentileMillis(99), phase.percentileMillis(100), ratio);
    }
}
