package org.welcomingcity;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.welcomingcity.audit.boundary.AuditTrail;
import org.welcomingcity.identity.boundary.AccountCredentials;
import org.welcomingcity.identity.boundary.ExternalAccounts;
import org.welcomingcity.identity.boundary.OwnPassword;
import org.welcomingcity.letters.control.ResponseLetters;
import org.welcomingcity.ordinance.boundary.Ordinance;
import org.welcomingcity.request.control.ExpiredScans;

/**
 * {@code @PermitAll} lets every caller in, signed in or not, so it is kept to the beans the
 * container cannot check a role for. A bean that gains it fails here until it is listed with its
 * reason; the web tier's {@code LogOnBoundariesTest} holds the log-on's two to their callers.
 */
class PermitAllTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.welcomingcity");

    /** The beans open to every caller, and why each must be. */
    private static final Map<Class<?>, String> OPEN = Map.of(
            AccountCredentials.class, "checks a password at log-on, before anyone is signed in",
            ExternalAccounts.class, "records a person from the directory or provider at log-on, before anyone is signed in",
            OwnPassword.class, "an account whose password was reset has no role until it is changed",
            AuditTrail.class, "every use case records into it, refused log-ons before anyone is signed in too",
            Ordinance.class, "pure computation; every caller is authenticated by the web tier",
            ResponseLetters.class, "pure computation; the workflow's boundaries decide who may have a letter",
            ExpiredScans.class, "the nightly removal runs with no caller; on demand it is ScanRetention's, for ADMIN");

    @Test
    void onlyTheListedBeansLetEveryCallerIn() {
        assertThat(MAIN.stream().filter(PermitAllTest::letsEveryoneIn).map(JavaClass::getName))
                .as("classes or methods with @PermitAll")
                .containsExactlyInAnyOrderElementsOf(OPEN.keySet().stream().map(Class::getName).toList());
    }

    @Test
    void theNightlyScanRemovalIsReachedOnlyThroughItsOwnFeature() {
        classes().that().belongToAnyOf(ExpiredScans.class)
                .should().onlyHaveDependentClassesThat().resideInAPackage("org.welcomingcity.request..")
                .check(MAIN);
    }

    private static boolean letsEveryoneIn(JavaClass type) {
        return type.isAnnotatedWith(PermitAll.class)
                || type.getMethods().stream().anyMatch(method -> method.isAnnotatedWith(PermitAll.class));
    }
}
