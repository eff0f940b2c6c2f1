package org.welcomingcity.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.container.test.api.ShouldThrowException;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * No gap between versions of a law: moving only the start of the 2021 ordinance (as if legal
 * confirmed a later date and forgot the 2012 version's end) would leave days with no city law in
 * force. That setting stops the deployment, and the server log names both packs and the dates.
 * The start date is drawn anew on each run, so a message left in the log by an earlier run
 * cannot pass for this one's.
 */
@OwnDeployment
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RulePackGapIT {

    private static final LocalDate START = LocalDate.parse("2021-01-27")
            .plusDays(ThreadLocalRandom.current().nextInt(2, 3000));

    @Deployment(testable = false)
    @ShouldThrowException
    static EnterpriseArchive deployment() {
        return Deployments.welcomingConfiguredWith(Map.of("welcoming.rulepack.chicago-wco-2021.effective-from",
                START.toString()));
    }

    @Test
    void aStartDateThatOpensAGapStopsTheDeploymentNamingBothPacksAndTheDates() throws IOException {
        assertThat(Api.anonymous().get("api/v1/ping").statusCode()).as("nothing deployed").isEqualTo(404);

        Path log = Path.of(System.getProperty("payara.home"), "glassfish", "domains", System.getProperty("test.domain"),
                "logs", "server.log");
        assertThat(Files.readString(log)).contains("chicago-wco-2021, field follows: chicago-wco-2021 (from " + START
                + ") follows chicago-wco-2012 (from 2012-09-12 to 2021-01-26): no version is in force from 2021-01-27"
                + " to " + START.minusDays(1) + "; chicago-wco-2021 must start on 2021-01-27 (dates set by"
                + " welcoming.rulepack.chicago-wco-2021.effective-from=" + START + ")");
    }
}
