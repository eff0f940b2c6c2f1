package org.welcomingcity.documents.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScanFormatTest {

    static final byte[] PDF = "%PDF-1.7\n%\u00e2\u00e3\n".getBytes(StandardCharsets.ISO_8859_1);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0};

    @Test
    void eachFormatIsKnownByTheBytesItsFilesStartWith() {
        assertThat(ScanFormat.detect(PDF)).contains(ScanFormat.PDF);
        assertThat(ScanFormat.detect(PNG)).contains(ScanFormat.PNG);
        assertThat(ScanFormat.detect(JPEG)).contains(ScanFormat.JPEG);
    }

    @Test
    void contentShorterThanASignatureOrWithAnotherOneIsNoneOfThem() {
        assertThat(ScanFormat.detect(new byte[0])).isEmpty();
        assertThat(ScanFormat.detect("%PDF".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(ScanFormat.detect(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A})).isEmpty();
        assertThat(ScanFormat.detect("GIF89a....".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(ScanFormat.detect(" %PDF-1.4".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(ScanFormat.detect(new byte[] {'P', 'K', 3, 4, 20, 0})).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"pdf, PDF", "PDF, PDF", "png, PNG", "jpg, JPEG", "JPEG, JPEG", "jpeg, JPEG"})
    void extensionsNameTheirFormatInAnyCase(String extension, ScanFormat format) {
        assertThat(ScanFormat.ofExtension(extension)).contains(format);
    }

    @Test
    void otherExtensionsNameNoFormat() {
        assertThat(ScanFormat.ofExtension("gif")).isEmpty();
        assertThat(ScanFormat.ofExtension("pdf ")).isEmpty();
        assertThat(ScanFormat.ofExtension("")).isEmpty();
    }

    @Test
    void mediaTypesAreTheRegisteredOnes() {
        assertThat(ScanFormat.PDF.mediaType()).isEqualTo("application/pdf");
        assertThat(ScanFormat.PNG.mediaType()).isEqualTo("image/png");
        assertThat(ScanFormat.JPEG.mediaType()).isEqualTo("image/jpeg");
    }
}
