package org.welcomingcity.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class GroupRolesTest {

    @Test
    void eachGroupGrantsItsRolesAndGroupsAddUp() {
        GroupRoles mapping = GroupRoles.parse("welcoming-officers=OFFICER; Watch Commanders=SUPERVISOR,OFFICER;"
                + "cn=Legal,ou=Groups,dc=city=legal");

        assertThat(mapping.rolesOf(List.of("welcoming-officers"))).containsExactly("OFFICER");
        assertThat(mapping.rolesOf(List.of("watch commanders"))).containsExactly("OFFICER", "SUPERVISOR");
        assertThat(mapping.rolesOf(List.of("CN=Legal,OU=Groups,DC=city", "welcoming-officers")))
                .containsExactly("LEGAL", "OFFICER");
    }

    @Test
    void anUnlistedGroupGrantsNothingEvenWhenNamedLikeARole() {
        GroupRoles mapping = GroupRoles.parse("welcoming-officers=OFFICER");

        assertThat(mapping.rolesOf(List.of("ADMIN", "everyone"))).isEmpty();
        assertThat(GroupRoles.parse(null).isEmpty()).isTrue();
    }

    @Test
    void aMistakeStopsTheDeploymentInsteadOfGrantingLessOrMore() {
        assertThatThrownBy(() -> GroupRoles.parse("officers=OFICER")).hasMessageContaining("OFICER");
        assertThatThrownBy(() -> GroupRoles.parse("officers")).hasMessageContaining("group=ROLE");
    }
}
