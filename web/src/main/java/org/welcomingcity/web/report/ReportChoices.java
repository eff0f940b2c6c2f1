package org.welcomingcity.web.report;

import java.util.List;
import org.welcomingcity.report.entity.Count;

/** The quarters the report pages offer, and the bar lengths of their charts. */
public final class ReportChoices {

    /** Width of the longest bar, in the chart's own units (its viewBox). */
    public static final int BAR = 360;

    private ReportChoices() {
    }

    public static List<Integer> quarters() {
        return List.of(1, 2, 3, 4);
    }

    /** The bar of one count, relative to the largest of its chart; at least 1 unit so a bar is seen. */
    public static int bar(long count, List<Count> counts) {
        long max = counts.stream().mapToLong(Count::count).max().orElse(0);
        return max == 0 ? 0 : (int) Math.max(1, Math.round((double) count * BAR / max));
    }
}
