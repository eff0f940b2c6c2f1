package org.welcomingcity.web.security;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.welcomingcity.identity.boundary.AccountCredentials;
import org.welcomingcity.identity.boundary.ExternalAccounts;

/**
 * The two boundaries of the log-on let every caller in, since they serve people not signed in
 * yet (the ejb module's {@code PermitAllTest}). What keeps them from being anyone's to call, to
 * provision an account with any roles or to probe passwords, is that only the log-on uses them.
 */
class LogOnBoundariesTest {

    private static final JavaClasses APPLICATION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.welcomingcity");

    @Test
    void onlyTheDirectoryAndProviderStoresRecordPeopleFromThem() {
        classes().that().belongToAnyOf(ExternalAccounts.class)
                .should().onlyHaveDependentClassesThat()
                .resideInAnyPackage("org.welcomingcity.web.security..", "org.welcomingcity.identity..")
                .check(APPLICATION);
    }

    @Test
    void onlyTheLogOnChecksPasswords() {
        classes().that().belongToAnyOf(AccountCredentials.class)
                .should().onlyHaveDependentClassesThat()
                .resideInAnyPackage("org.welcomingcity.web.security..", "org.welcomingcity.web.home..",
                        "org.welcomingcity.identity..")
                .check(APPLICATION);
    }

    /** The rules above would hold vacuously over classes that do not include their callers. */
    @Test
    void theClassesReadIncludeBothTiers() {
        assertThat(APPLICATION.contain(ExternalAccounts.class) && APPLICATION.contain(JustInTimeAccounts.class)).isTrue();
    }
}
