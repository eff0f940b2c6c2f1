package org.welcomingcity.ordinance.benchmark;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.welcomingcity.ordinance.control.OrdinanceEngine;
import org.welcomingcity.ordinance.control.RulePackLoader;
import org.welcomingcity.ordinance.entity.Consent;
import org.welcomingcity.ordinance.entity.Custody;
import org.welcomingcity.ordinance.entity.Decision;
import org.welcomingcity.ordinance.entity.DocumentType;
import org.welcomingcity.ordinance.entity.Facts;
import org.welcomingcity.ordinance.entity.Purpose;
import org.welcomingcity.ordinance.entity.RequestedAction;
import org.welcomingcity.ordinance.entity.RulePack;
import org.welcomingcity.ordinance.entity.SubjectHistory;

/**
 * One evaluation against the shipped packs, as the Ordinance boundary runs it (the boundary adds
 * only the EJB call). The cases span one pack (2013) to five packs in force with the most rules.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class EvaluationBenchmark {

    /** Facts by case name; see {@link #facts(String)}. */
    @Param({"detainer-hold-2022", "carve-out-2013", "county-custody-2022"})
    public String facts;

    private final OrdinanceEngine engine = new OrdinanceEngine();
    private List<RulePack> packs;
    private Facts input;

    @Setup
    public void load() {
        packs = new RulePackLoader().fromClassPath(EvaluationBenchmark.class.getClassLoader());
        input = facts(facts);
    }

    @Benchmark
    public Decision evaluate() {
        return engine.evaluate(input, packs);
    }

    static Facts facts(String name) {
        return switch (name) {
            case "detainer-hold-2022" -> new Facts(LocalDate.of(2022, 6, 1), DocumentType.DETAINER,
                    RequestedAction.DETAIN, Purpose.CIVIL_IMMIGRATION);
            case "carve-out-2013" -> new Facts(LocalDate.of(2013, 5, 1), DocumentType.DETAINER, RequestedAction.DETAIN,
                    Purpose.CIVIL_IMMIGRATION, Consent.NONE, new SubjectHistory(false, true, false, false), Custody.CPD);
            case "county-custody-2022" -> new Facts(LocalDate.of(2022, 6, 1), DocumentType.DETAINER,
                    RequestedAction.NOTIFY_RELEASE, Purpose.UNKNOWN, Consent.NONE, null, Custody.COUNTY);
            default -> throw new IllegalArgumentException("unknown case " + name);
        };
    }
}
