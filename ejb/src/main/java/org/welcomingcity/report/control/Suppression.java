package org.welcomingcity.report.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.welcomingcity.report.entity.Count;
import org.welcomingcity.report.entity.PublicAggregate.Cell;

/**
 * Withholds small counts before publication. A count from 1 to threshold - 1 could point at
 * a person, so it is withheld; if only one count of a table were withheld, the published
 * total would give it away, so the next smallest is withheld with it.
 */
public final class Suppression {

    private final int threshold;

    public Suppression(int threshold) {
        if (threshold < 1) {
            throw new IllegalArgumentException("the suppression threshold must be at least 1, not " + threshold);
        }
        this.threshold = threshold;
    }

    public int threshold() {
        return threshold;
    }

    public Cell cell(String key, long count) {
        return small(count) ? new Cell(key, null, true) : new Cell(key, count, false);
    }

    /** The cells of one table, in the order of the counts given. */
    public List<Cell> table(List<Count> counts) {
        List<Count> withheld = new ArrayList<>(counts.stream().filter(count -> small(count.count())).toList());
        if (withheld.size() == 1) {
            counts.stream().filter(count -> !small(count.count()))
                    .min(Comparator.comparingLong(Count::count)).ifPresent(withheld::add);
        }
        return counts.stream().map(count -> withheld.contains(count) ? new Cell(count.key(), null, true)
                : new Cell(count.key(), count.count(), false)).toList();
    }

    private boolean small(long count) {
        return count > 0 && count < threshold;
    }
}
