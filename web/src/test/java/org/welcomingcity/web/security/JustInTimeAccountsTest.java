package org.welcomingcity.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Named;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.welcomingcity.identity.control.ExternalAccounts;
import org.welcomingcity.web.security.directory.DirectoryIdentityStore;
import org.welcomingcity.web.security.provider.ProviderIdentityStore;

/**
 * Accounts of people from the directory or provider are opened before anyone is signed in, so no
 * role check guards them: only the identity stores may reach them, through this class. The
 * compiler cannot say so across modules; this test reads who names them.
 */
class JustInTimeAccountsTest {

    private static final Path SOURCES = Path.of("src/main/java");

    @Test
    void onlyThisClassUsesTheExternalAccounts() throws IOException {
        assertThat(naming(ExternalAccounts.class.getSimpleName())).containsExactly(JustInTimeAccounts.class.getName());
    }

    @Test
    void onlyTheIdentityStoresUseThisClass() throws IOException {
        assertThat(naming(JustInTimeAccounts.class.getSimpleName())).containsExactlyInAnyOrder(
                JustInTimeAccounts.class.getName(), DirectoryIdentityStore.class.getName(),
                ProviderIdentityStore.class.getName());
        assertThat(IdentityStore.class).isAssignableFrom(DirectoryIdentityStore.class)
                .isAssignableFrom(ProviderIdentityStore.class);
    }

    @Test
    void noPageCanNameEither() {
        assertThat(JustInTimeAccounts.class.isAnnotationPresent(Named.class)).isFalse();
        assertThat(ExternalAccounts.class.isAnnotationPresent(Named.class)).isFalse();
    }

    /** The classes of this module whose source names the given class. */
    private static List<String> naming(String simpleName) throws IOException {
        Pattern word = Pattern.compile("\\b" + simpleName + "\\b");
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(file -> file.toString().endsWith(".java")).filter(file -> names(file, word))
                    .map(file -> SOURCES.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".")
                            .replaceAll("\\.java$", ""))
                    .toList();
        }
    }

    private static boolean names(Path file, Pattern word) {
        try {
            return word.matcher(Files.readString(file)).find();
        } catch (IOException e) {
            throw new IllegalStateException(file.toString(), e);
        }
    }
}
