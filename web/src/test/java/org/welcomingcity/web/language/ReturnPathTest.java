package org.welcomingcity.web.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReturnPathTest {

    private static final String HOST = "police.example:8080";

    @ParameterizedTest
    @CsvSource({
        "http://police.example:8080/welcoming/login.xhtml,                  /welcoming/login.xhtml",
        "https://POLICE.example:8080/welcoming/requests/request.xhtml?id=7, /welcoming/requests/request.xhtml?id=7",
        "http://police.example:8080/welcoming/law/rules.xhtml#pack-x,       /welcoming/law/rules.xhtml",
        "http://police.example:8080/welcoming/officer/./intake.xhtml,       /welcoming/officer/intake.xhtml"})
    void goesBackToThePageOfThisApplication(String referer, String path) {
        assertThat(ReturnPath.of(referer, HOST, "/welcoming")).isEqualTo(path);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "https://evil.example/welcoming/login.xhtml", "http://police.example:9090/welcoming/",
        "http://police.example:8080/other/index.xhtml", "http://police.example:8080/welcomingx/index.xhtml",
        "http://police.example:8080/welcoming/../other/", "javascript:alert(1)", "//evil.example/welcoming/",
        "/welcoming/login.xhtml", "http://police.example:8080/welcoming/\\evil", "http://user@police.example:8080/welcoming/",
        "http://police.example:8080/welcoming/a b"})
    void anyOtherRefererGoesHome(String referer) {
        assertThat(ReturnPath.of(referer, HOST, "/welcoming")).isEqualTo("/welcoming/");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://police.example:8080//evil.example/x", "http://police.example:8080/..//evil.example/x",
        "http://police.example:8080/a/../../x"})
    void anApplicationAtTheRootNeverSendsToAnotherHost(String referer) {
        assertThat(ReturnPath.of(referer, HOST, "")).startsWith("/").doesNotStartWith("//");
    }
}
