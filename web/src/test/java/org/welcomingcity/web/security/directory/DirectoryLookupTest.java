package org.welcomingcity.web.security.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import java.time.Duration;
import java.util.Optional;
import javax.naming.NamingException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The JNDI lookup against a real (in-memory) LDAP server, both ways of finding groups. */
class DirectoryLookupTest {

    private static InMemoryDirectoryServer server;

    @BeforeAll
    static void startDirectory() throws Exception {
        InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig("dc=city,dc=test");
        config.addAdditionalBindCredentials("cn=welcoming,dc=city,dc=test", "service-secret");
        config.setSchema(null); // memberOf on people, as Active Directory keeps it
        server = new InMemoryDirectoryServer(config);
        server.add("dn: dc=city,dc=test", "objectClass: domain", "dc: city");
        server.add("dn: ou=people,dc=city,dc=test", "objectClass: organizationalUnit", "ou: people");
        server.add("dn: ou=groups,dc=city,dc=test", "objectClass: organizationalUnit", "ou: groups");
        server.add("dn: uid=alice,ou=people,dc=city,dc=test", "objectClass: person", "uid: alice", "cn: Alice",
                "sn: A", "userPassword: alice-secret", "memberOf: cn=officers,ou=groups,dc=city,dc=test",
                "departmentNumber: District 004");
        server.add("dn: uid=bob,ou=people,dc=city,dc=test", "objectClass: person", "uid: bob", "cn: B",
                "displayName: Bob Brown", "sn: B", "userPassword: bob-secret");
        server.add("dn: cn=officers,ou=groups,dc=city,dc=test", "objectClass: groupOfNames", "cn: officers",
                "member: uid=alice,ou=people,dc=city,dc=test");
        server.add("dn: cn=supervisors,ou=groups,dc=city,dc=test", "objectClass: groupOfNames", "cn: supervisors",
                "member: uid=alice,ou=people,dc=city,dc=test");
        server.startListening();
    }

    @AfterAll
    static void stopDirectory() {
        server.shutDown(true);
    }

    private static DirectoryLookup lookup(Optional<String> groupBase, String bindPassword) {
        return new DirectoryLookup(new DirectorySettings("ldap://localhost:" + server.getListenPort(),
                Optional.of("cn=welcoming,dc=city,dc=test"), Optional.of(bindPassword), "ou=people,dc=city,dc=test",
                "(&(objectClass=person)(uid={0}))", "memberOf", groupBase,
                "(&(objectClass=groupOfNames)(member={0}))", "cn", Duration.ofSeconds(5), Optional.of("departmentNumber"),
                "entryUUID"));
    }

    @Test
    void theEntryIsKnownByItsIdWhateverCaseTheNameIsTypedIn() throws NamingException {
        DirectoryPerson typed = lookup(Optional.empty(), "service-secret")
                .authenticate("alice", "alice-secret".toCharArray()).orElseThrow();
        DirectoryPerson shouted = lookup(Optional.empty(), "service-secret")
                .authenticate("ALICE", "alice-secret".toCharArray()).orElseThrow();

        assertThat(typed.id()).as("the entryUUID the directory keeps").hasSize(36).isEqualTo(shouted.id());
    }

    @Test
    void theRightPasswordGivesTheGroupsFromMemberOfByDnAndName() throws NamingException {
        DirectoryPerson alice = lookup(Optional.empty(), "service-secret")
                .authenticate("alice", "alice-secret".toCharArray()).orElseThrow();

        assertThat(alice.dn()).isEqualTo("uid=alice,ou=people,dc=city,dc=test");
        assertThat(alice.groups()).containsExactlyInAnyOrder("cn=officers,ou=groups,dc=city,dc=test", "officers");
    }

    @Test
    void theNameIsTheDisplayNameElseTheCommonNameAndTheUnitComesFromItsAttribute() throws NamingException {
        DirectoryLookup lookup = lookup(Optional.empty(), "service-secret");
        DirectoryPerson alice = lookup.authenticate("alice", "alice-secret".toCharArray()).orElseThrow();
        DirectoryPerson bob = lookup.authenticate("bob", "bob-secret".toCharArray()).orElseThrow();

        assertThat(alice.displayName()).isEqualTo("Alice");
        assertThat(alice.unit()).isEqualTo("District 004");
        assertThat(bob.displayName()).isEqualTo("Bob Brown");
        assertThat(bob.unit()).as("no such attribute").isNull();
    }

    @Test
    void aGroupSearchFindsEveryGroupThePersonIsAMemberOf() throws NamingException {
        DirectoryPerson alice = lookup(Optional.of("ou=groups,dc=city,dc=test"), "service-secret")
                .authenticate("alice", "alice-secret".toCharArray()).orElseThrow();

        assertThat(alice.groups()).containsExactlyInAnyOrder("officers", "supervisors");
    }

    @Test
    void aWrongPasswordAnEmptyOneOrAFilterInTheNameFindNobody() throws NamingException {
        DirectoryLookup lookup = lookup(Optional.empty(), "service-secret");

        assertThat(lookup.authenticate("alice", "wrong".toCharArray())).isEmpty();
        assertThat(lookup.authenticate("alice", new char[0])).as("no anonymous bind").isEmpty();
        assertThat(lookup.authenticate("*", "alice-secret".toCharArray())).isEmpty();
        assertThat(lookup.authenticate("nobody", "alice-secret".toCharArray())).isEmpty();
    }

    @Test
    void aWrongServicePasswordIsAnErrorNotAFailedLogOn() {
        assertThatThrownBy(() -> lookup(Optional.empty(), "not-it").authenticate("alice", "alice-secret".toCharArray()))
                .isInstanceOf(NamingException.class);
    }
}
