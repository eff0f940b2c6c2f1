package org.welcomingcity.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

/**
 * The pages in the city's languages, in Chromium: a browser that asks for Spanish gets the log-on
 * page, the intake and the decision in Spanish; the switch to English then holds on every page,
 * although the browser still asks for Spanish.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SpanishPagesBrowserIT {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private static PageDriver page;
    private static Crew crew;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.welcoming();
    }

    @BeforeAll
    static void start() {
        crew = Crew.open();
        page = new PageDriver("es");
    }

    @AfterAll
    static void stop() {
        page.close();
    }

    @Test
    void anOfficerLogsADetainerInSpanishAndTheSwitchToEnglishIsRemembered() throws Exception {
        page.open("login.xhtml");
        assertThat(pageLanguage()).as("the browser's Accept-Language decides").isEqualTo("es");
        assertThat(page.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Iniciar sesión");
        assertThat(page.browser.findElement(By.id("language-es")).getAttribute("aria-current")).isEqualTo("true");
        assertThat(page.browser.findElement(By.id("language-en")).getAttribute("lang")).isEqualTo("en");
        assertThat(page.browser.manage().getCookieNamed("JSESSIONID")).as("the log-on page keeps no session").isNull();

        page.signIn(crew.officer(), Crew.PASSWORD);
        assertThat(page.text("home-title")).isEqualTo("Panel del oficial");
        page.clickAndWait("nav-intake");
        assertThat(page.text("page-title")).isEqualTo("Registrar una solicitud");
        logDetainer("E-2613-8001");

        assertThat(pageLanguage()).isEqualTo("es");
        assertThat(page.text("page-title")).startsWith("Solicitud ");
        assertThat(page.text("messages")).contains("La solicitud está guardada y se decidió cada petición.");
        assertThat(page.text("tell-heading")).isEqualTo("Qué decirle al agente");
        assertThat(page.text("outcome-word")).isEqualToIgnoringCase("Rechazar");
        assertThat(page.text("tell-text")).isEqualTo("El departamento de policía no puede ayudar con esta solicitud."
                + " No retenga a la persona y no comparta nada sobre ella.");
        assertThat(page.text("state")).contains("Esperando a un supervisor");
        page.screenshot("request-logged-in-spanish");

        String decision = page.browser.getCurrentUrl();
        page.clickAndWait("language-en");
        assertThat(page.browser.getCurrentUrl()).as("back on the same page").isEqualTo(decision);
        assertThat(pageLanguage()).isEqualTo("en");
        assertThat(page.text("outcome-word")).isEqualToIgnoringCase("Decline");
        assertThat(page.text("state")).contains("Waiting for a supervisor");
        Cookie chosen = page.browser.manage().getCookieNamed("welcoming-language");
        assertThat(chosen.getValue()).isEqualTo("en");
        assertThat(chosen.isHttpOnly()).isTrue();
        assertThat(chosen.getSameSite()).isEqualTo("Lax");

        page.clickAndWait("nav-mine");
        assertThat(pageLanguage()).as("the choice holds on the next page").isEqualTo("en");
        assertThat(page.text("page-title")).isEqualTo("My requests");
        page.open("officer/intake.xhtml");
        assertThat(page.text("page-title")).isEqualTo("Log a request");
        assertThat(page.browser.findElement(By.id("language-en")).getAttribute("aria-current")).isEqualTo("true");

        page.clickAndWait("language-es");
        assertThat(pageLanguage()).isEqualTo("es");
        assertThat(page.text("page-title")).isEqualTo("Registrar una solicitud");
    }

    private static String pageLanguage() {
        return page.browser.findElement(By.tagName("html")).getAttribute("lang");
    }

    /** The intake as an officer reading Spanish fills it in: by the Spanish labels of its choices. */
    private static void logDetainer(String eventNumber) {
        page.type("intake:eventNumber", eventNumber);
        page.type("intake:oemcNumber", "OEMC-" + eventNumber);
        page.setValue("intake:receivedAt", ZonedDateTime.now(ZoneId.of("America/Chicago")).minusMinutes(10).format(LOCAL));
        page.choose("intake:channel", "Fax");
        page.choose("intake:agency", "ICE (Servicio de Inmigración y Control de Aduanas)");
        page.type("intake:agencyComponent", "ERO");
        page.type("intake:agentName", "Officer Sam Lee");
        page.type("intake:agentContact", "fax 312-555-0199");
        page.choose("intake:identityCheck", "No se verificó");
        page.choose("intake:documentType", "Orden de retención de inmigración (detainer, I-247A)");
        page.type("intake:formNumber", "I-247A");
        page.type("intake:signerTitle", "Supervisory Detention and Deportation Officer");
        page.type("intake:subjectReference", "CB 19887766");
        page.choose("intake:custody", "En un calabozo de la policía de Chicago");
        page.tick("intake", "Retener a la persona");
        page.tick("intake", "Avisar a la agencia cuando se ponga en libertad a la persona");
        page.choose("intake:purpose", "Aplicación civil de las leyes de inmigración");
        page.clickAndWait("intake:submit");
    }
}
