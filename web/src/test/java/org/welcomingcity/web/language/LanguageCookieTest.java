package org.welcomingcity.web.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageCookieTest {

    @Test
    void remembersTheLanguageForAYearForThisApplicationOnly() {
        assertThat(LanguageCookie.header(Language.SPANISH, "/welcoming", false))
                .isEqualTo("welcoming-language=es; Path=/welcoming; Max-Age=31536000; SameSite=Lax; HttpOnly");
    }

    @Test
    void isSecureOverTls() {
        assertThat(LanguageCookie.header(Language.ENGLISH, "/welcoming", true)).startsWith("welcoming-language=en;")
                .endsWith("; Secure");
    }

    @Test
    void anApplicationAtTheRootKeepsItForTheWholeSite() {
        assertThat(LanguageCookie.header(Language.ENGLISH, "", false)).contains("; Path=/;");
    }
}
