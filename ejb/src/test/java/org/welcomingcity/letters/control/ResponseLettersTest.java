package org.welcomingcity.letters.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.welcomingcity.letters.entity.LetterKind;

class ResponseLettersTest {

    private static ResponseLetters configured(Optional<String> directory, String cityName) {
        ResponseLetters letters = new ResponseLetters();
        letters.directory = directory;
        letters.cityName = cityName;
        letters.load();
        return letters;
    }

    @Test
    void theShippedCityIsChicagoAndNoTemplateDirectoryIsSet() throws IOException {
        Properties defaults = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("META-INF/microprofile-config.properties")) {
            defaults.load(in);
        }
        assertThat(defaults.getProperty(ResponseLetters.CITY_SETTING)).isEqualTo("City of Chicago");
        assertThat(defaults.getProperty(ResponseLetters.DIRECTORY_SETTING)).isNull();
    }

    @Test
    void theSettingsNameTheCityAndTheTemplateDirectory(@TempDir Path directory) throws IOException {
        Files.writeString(directory.resolve("legal-refusal.txt"), "Refused: {reference}, {cityName}.");
        ResponseLetters letters = configured(Optional.of(directory.toString()), " Village of Oak Park ");
        assertThat(PdfText.of(letters.write(Letters.content(LetterKind.LEGAL_REFUSAL))))
                .startsWith("Village of Oak Park Refused: WC-2026-000123, Village of Oak Park.");
    }

    @Test
    void aBlankDirectorySettingMeansTheShippedTemplates() {
        ResponseLetters letters = configured(Optional.of(" "), "City of Chicago");
        assertThat(PdfText.of(letters.write(Letters.content(LetterKind.DECLINE)))).contains("declines it", "Sincerely,");
    }
}
