package org.welcomingcity.ordinance.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.eclipse.microprofile.config.Config;
import org.welcomingcity.ordinance.control.DocumentRegister;
import org.welcomingcity.ordinance.control.EffectiveDateOverrides;
import org.welcomingcity.ordinance.control.OrdinanceEngine;
import org.welcomingcity.ordinance.control.PackSuccession;
import org.welcomingcity.ordinance.control.RulePackLoader;
import org.welcomingcity.ordinance.entity.Custody;
import org.welcomingcity.ordinance.entity.Decision;
import org.welcomingcity.ordinance.entity.Facts;
import org.welcomingcity.ordinance.entity.RulePack;

/**
 * What the law says about an ask. The packs are loaded and validated when the application
 * starts, so a bad pack, a bad date setting or a gap between two versions of a law stops the
 * deployment with a message naming the file, rule and field (or the setting and both packs). Any signed-in role may evaluate: the web tier
 * authenticates. Evaluation is pure computation and joins no transaction of its own. The packs are
 * set once, at start-up, and never changed, so calls take no lock: the container's read lock, taken
 * and released on every evaluation, was a counter every processor contended for.
 */
@Singleton
@Startup
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class Ordinance {

    /** Prefix of the effective-date settings: {@code welcoming.rulepack.<packId>.effective-from|to}. */
    public static final String DATE_SETTINGS = "welcoming.rulepack.";
    /** Optional directory with more pack files (another city's law, a corrected version). */
    public static final String DIRECTORY_SETTING = "welcoming.rulepacks.directory";

    private static final Logger LOG = Logger.getLogger(Ordinance.class.getName());

    private final OrdinanceEngine engine = new OrdinanceEngine();
    private volatile List<RulePack> packs;

    @Inject
    Config config;

    @PostConstruct
    void load() {
        Optional<Path> directory = config.getOptionalValue(DIRECTORY_SETTING, String.class).map(Path::of);
        List<RulePack> loaded = new RulePackLoader().load(Ordinance.class.getClassLoader(), directory);
        EffectiveDateOverrides dates = new EffectiveDateOverrides(DATE_SETTINGS, dateSettings(loaded));
        packs = List.copyOf(dates.applyTo(loaded));
        PackSuccession.check(packs, dates);
        DocumentRegister.shipped(); // a wrong register of DHS forms stops the deployment too
        LOG.info(() -> "Rule packs in use: " + packs.stream().map(pack -> pack.ref() + " from " + pack.effectiveFrom()
                + (pack.effectiveTo() == null ? "" : " to " + pack.effectiveTo())).collect(Collectors.joining(", ")));
    }

    public Decision evaluate(Facts facts) {
        return engine.evaluate(facts, packs);
    }

    /** Every pack, in or out of force, in the order they apply. */
    public List<RulePack> packs() {
        return packs;
    }

    public List<RulePack> packsInForce(LocalDate date, Custody custody) {
        return engine.inForce(packs, date, custody);
    }

    /**
     * The date settings of the known packs (looked up by name, so environment variables work too)
     * and any other setting under the prefix, so that a mistyped pack id fails instead of being ignored.
     */
    private Map<String, String> dateSettings(List<RulePack> loaded) {
        Stream<String> known = loaded.stream().flatMap(pack -> Stream.of(
                DATE_SETTINGS + pack.id() + EffectiveDateOverrides.FROM, DATE_SETTINGS + pack.id() + EffectiveDateOverrides.TO));
        Stream<String> listed = StreamSupport.stream(config.getPropertyNames().spliterator(), false)
                .filter(name -> name.startsWith(DATE_SETTINGS));
        Map<String, String> settings = new TreeMap<>();
        Stream.concat(known, listed).forEach(name -> config.getOptionalValue(name, String.class)
                .ifPresent(value -> settings.put(name, value)));
        return settings;
    }
}
