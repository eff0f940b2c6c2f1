package org.welcomingcity.documents.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.welcomingcity.documents.entity.ScanFormat;
import org.welcomingcity.documents.entity.ScannedDocument;
import org.welcomingcity.problem.InvalidInputException;

class DocumentCheckTest {

    private static final byte[] PDF = "%PDF-1.4\nabc\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0,
        'I', 'E', 'N', 'D', (byte) 0xAE, 0x42, 0x60, (byte) 0x82};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE1, 0, 0, (byte) 0xFF, (byte) 0xD9};

    private final DocumentCheck check = new DocumentCheck(1024);

    private void assertRefused(String fileName, byte[] content, String message) {
        assertThatThrownBy(() -> check.check(fileName, content))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("file: " + message);
    }

    @Test
    void anAcceptedDocumentCarriesItsNameFormatSizeAndHash() {
        ScannedDocument document = check.check("detainer-I-247A.pdf", "%PDF-%%EOF".getBytes(StandardCharsets.US_ASCII));
        assertThat(document.fileName()).isEqualTo("detainer-I-247A.pdf");
        assertThat(document.format()).isEqualTo(ScanFormat.PDF);
        assertThat(document.mediaType()).isEqualTo("application/pdf");
        assertThat(document.size()).isEqualTo(10);
        // what sha256sum prints for the ten bytes
        assertThat(document.sha256()).isEqualTo("bfa46a6395a5ff9b24b500aa7b859b9cf7c2d1eaca67a66ef03f3355276a5f6e");
    }

    @ParameterizedTest
    @CsvSource({"scan.png, image/png", "SCAN.PNG, image/png", "photo.jpg, image/jpeg", "photo.JPEG, image/jpeg",
            "warrant.PDF, application/pdf"})
    void eachFormatIsAcceptedUnderAnyOfItsExtensionsInAnyCase(String name, String mediaType) {
        byte[] content = switch (mediaType) {
            case "image/png" -> PNG;
            case "image/jpeg" -> JPEG;
            default -> PDF;
        };
        ScannedDocument document = check.check(name, content);
        assertThat(document.mediaType()).isEqualTo(mediaType);
        assertThat(document.fileName()).isEqualTo(name);
        assertThat(document.size()).isEqualTo(content.length);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\t\n"})
    void aFileNameIsRequired(String name) {
        assertRefused(name, PDF, "a file name is required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"../etc/passwd.pdf", "scans/order.pdf", "C:\\Users\\scan.pdf", "/order.pdf", "order.pdf/"})
    void aNameWithAPathIsRefused(String name) {
        assertRefused(name, PDF, "the name must be a plain file name, without / or \\");
    }

    @ParameterizedTest
    @ValueSource(strings = {"order", "order.", "order.docx", "order.pdf.exe", "order.gif", "..", "order.p df"})
    void aNameMustEndInTheExtensionOfAnAcceptedFormat(String name) {
        assertRefused(name, PDF, "the name must end in .pdf, .png, .jpg or .jpeg");
    }

    @ParameterizedTest
    @ValueSource(strings = {".pdf", "  .pdf"})
    void aNameMustHaveSomethingBeforeTheExtension(String name) {
        assertRefused(name, PDF, "the name has nothing before its extension");
    }

    @Test
    void anEmptyOrMissingFileIsRefused() {
        assertRefused("order.pdf", new byte[0], "the file is empty");
        assertRefused("order.pdf", null, "the file is empty");
    }

    @Test
    void aFileUpToTheLimitIsAcceptedAndOneByteMoreIsRefused() {
        byte[] atLimit = Arrays.copyOf(PDF, 1024);
        assertThat(check.check("order.pdf", atLimit).size()).isEqualTo(1024);
        assertRefused("order.pdf", Arrays.copyOf(PDF, 1025),
                "the file has 1,025 bytes, more than the limit of 1,024 bytes");
    }

    @Test
    void theSizeIsCheckedBeforeTheContentIsLookedAt() {
        assertRefused("order.pdf", new byte[2048], "the file has 2,048 bytes, more than the limit of 1,024 bytes");
    }

    @Test
    void aFileCutShortIsRefused() {
        assertRefused("order.pdf", "%PDF-1.4\n1 0 obj <<".getBytes(StandardCharsets.US_ASCII),
                "the PDF document is cut short: it does not end as a whole one does");
        assertRefused("scan.png", java.util.Arrays.copyOf(PNG, 12), "the PNG image is cut short: it does not end as a whole one does");
        assertRefused("photo.jpg", java.util.Arrays.copyOf(JPEG, 6), "the JPEG image is cut short: it does not end as a whole one does");
    }

    @Test
    void contentThatIsNoneOfTheFormatsIsRefused() {
        assertRefused("order.pdf", "GIF89a".getBytes(StandardCharsets.US_ASCII),
                "the content is not a PDF document, PNG image or JPEG image");
        assertRefused("order.pdf", "<html><body>order</body></html>".getBytes(StandardCharsets.US_ASCII),
                "the content is not a PDF document, PNG image or JPEG image");
        assertRefused("photo.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8},
                "the content is not a PDF document, PNG image or JPEG image");
    }

    @Test
    void contentOtherThanTheExtensionSaysIsRefused() {
        assertRefused("order.pdf", PNG, "the name says PDF document, but the content is a PNG image");
        assertRefused("scan.png", JPEG, "the name says PNG image, but the content is a JPEG image");
        assertRefused("photo.jpeg", PDF, "the name says JPEG image, but the content is a PDF document");
    }

    @Test
    void messagesNeverRepeatTheFileName() {
        assertThatThrownBy(() -> check.check("Maria Lopez detainer.pdf", PNG)).message().doesNotContain("Maria");
        assertThatThrownBy(() -> check.check("Maria Lopez.docx", PDF)).message().doesNotContain("Maria");
    }

    @Test
    void theNameIsTrimmedWithWhiteSpaceFolded() {
        assertThat(check.check("  order \t  of\nremoval.pdf ", PDF).fileName()).isEqualTo("order of removal.pdf");
    }

    @Test
    void invisibleReorderingAndReservedCharactersAreReplaced() {
        assertThat(check.check("ord\u0000er\u0007.pdf", PDF).fileName()).isEqualTo("ord_er_.pdf");
        assertThat(check.check("a<b>c:d\"e|f?g*.pdf", PDF).fileName()).isEqualTo("a_b_c_d_e_f_g_.pdf");
        // a right-to-left override would show "scan\u202Efdp.exe" reversed; here the real extension is .pdf
        assertThat(check.check("scan\u202Egpj.pdf", PDF).fileName()).isEqualTo("scan_gpj.pdf");
    }

    @Test
    void theNameIsComposedSoTheSameNameIsAlwaysTheSameString() {
        String decomposed = "Jose\u0301.pdf";
        assertThat(check.check(decomposed, PDF).fileName()).isEqualTo("Jos\u00e9.pdf");
    }

    @Test
    void aLongNameIsCutBeforeItsExtension() {
        String name = "a".repeat(300) + ".jpeg";
        String kept = check.check(name, JPEG).fileName();
        assertThat(kept).hasSize(DocumentCheck.MAX_NAME_LENGTH).endsWith("a.jpeg").startsWith("aaa");
    }

    @Test
    void aLongNameIsNotCutInsideACharacter() {
        String name = "\uD83D\uDCC4".repeat(300) + ".pdf";
        String kept = check.check(name, PDF).fileName();
        assertThat(kept.codePointCount(0, kept.length())).isEqualTo(DocumentCheck.MAX_NAME_LENGTH);
        assertThat(kept).endsWith("\uD83D\uDCC4.pdf");
    }

    @Test
    void theLimitMustBePositive() {
        assertThatIllegalArgumentException().isThrownBy(() -> new DocumentCheck(0)).withMessageContaining("at least 1 byte");
        assertThat(new DocumentCheck(20_971_520).maxBytes()).isEqualTo(20_971_520);
    }
}
