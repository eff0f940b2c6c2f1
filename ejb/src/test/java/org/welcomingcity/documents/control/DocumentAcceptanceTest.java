package org.welcomingcity.documents.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.welcomingcity.problem.InvalidInputException;

class DocumentAcceptanceTest {

    private static DocumentAcceptance withLimit(long maxBytes) {
        DocumentAcceptance acceptance = new DocumentAcceptance();
        acceptance.maxBytes = maxBytes;
        acceptance.configure();
        return acceptance;
    }

    @Test
    void theShippedDefaultIsTwentyMegabytes() throws IOException {
        Properties defaults = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("META-INF/microprofile-config.properties")) {
            defaults.load(in);
        }
        assertThat(defaults.getProperty(DocumentAcceptance.MAX_BYTES_SETTING)).isEqualTo("20971520");
    }

    @Test
    void theConfiguredLimitApplies() {
        DocumentAcceptance acceptance = withLimit(4);
        assertThat(acceptance.maxBytes()).isEqualTo(4);
        assertThat(acceptance.accept("photo.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xD9}).size()).isEqualTo(4);
        assertThatThrownBy(() -> acceptance.accept("photo.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 0}))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("more than the limit of 4 bytes");
    }

    @Test
    void aLimitBelowOneByteNamesTheSetting() {
        assertThatIllegalStateException().isThrownBy(() -> withLimit(-1))
                .withMessageStartingWith("welcoming.attachments.max-bytes: ");
    }
}
