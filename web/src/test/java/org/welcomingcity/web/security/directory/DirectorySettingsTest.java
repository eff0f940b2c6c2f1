package org.welcomingcity.web.security.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Which directory addresses may carry passwords. */
class DirectorySettingsTest {

    @Test
    void ldapsIsAlwaysAccepted() {
        assertThat(DirectorySettings.checkedUrl("ldaps://directory.city.example:636", false))
                .isEqualTo("ldaps://directory.city.example:636");
        assertThat(DirectorySettings.checkedUrl(" LDAPS://directory.city.example ", false))
                .isEqualTo("LDAPS://directory.city.example");
    }

    @Test
    void plainLdapIsRefusedNamingTheSettingThatAllowsIt() {
        assertThatThrownBy(() -> DirectorySettings.checkedUrl("ldap://directory.city.example:389", false))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("welcoming.identity.ldap.url=ldap://directory.city.example:389 is plain LDAP")
                .hasMessageContaining("welcoming.identity.ldap.allow-plain-ldap=true");
        assertThatThrownBy(() -> DirectorySettings.checkedUrl("LDAP://directory.city.example", false))
                .hasMessageContaining("allow-plain-ldap");
    }

    @Test
    void plainLdapOnlyWhereTheCityAllowsIt() {
        assertThat(DirectorySettings.checkedUrl("ldap://localhost:10389", true)).isEqualTo("ldap://localhost:10389");
    }

    @Test
    void anythingElseIsNotADirectoryAddress() {
        assertThatThrownBy(() -> DirectorySettings.checkedUrl("http://directory.city.example", true))
                .hasMessageContaining("must start with ldaps://");
    }
}
