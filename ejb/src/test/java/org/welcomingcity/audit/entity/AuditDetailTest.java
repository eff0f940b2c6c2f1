package org.welcomingcity.audit.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The detail JSON as events have stored it so far: the same names, order and types (some counts
 * are text), without spaces, so old and new events read alike.
 */
class AuditDetailTest {

    @Test
    void writesNamesInTheOrderGivenWithTheirTypes() {
        assertThat(AuditDetail.of("attachment", 12L).and("sha256", "ab01").and("bytes", 2048).json())
                .isEqualTo("{\"attachment\":12,\"sha256\":\"ab01\",\"bytes\":2048}");
        assertThat(AuditDetail.of("disposition", "RELEASED").and("bailPosted", false).json())
                .isEqualTo("{\"disposition\":\"RELEASED\",\"bailPosted\":false}");
        assertThat(AuditDetail.of("count", Integer.toString(3)).json()).isEqualTo("{\"count\":\"3\"}");
        assertThat(AuditDetail.of("mustChangePassword", true).json()).isEqualTo("{\"mustChangePassword\":true}");
    }

    @Test
    void leavesOutMissingTextUnlessEveryNameIsExpected() {
        assertThat(AuditDetail.empty().and("from", (String) null).and("to", "Unit 2").json()).isEqualTo("{\"to\":\"Unit 2\"}");
        assertThat(AuditDetail.empty().andOrNull("actor", null).andOrNull("action", "LOGON").json())
                .isEqualTo("{\"actor\":null,\"action\":\"LOGON\"}");
        assertThat(AuditDetail.empty().json()).isEqualTo("{}");
    }

    @Test
    void writesIdsAsAnArrayAndAnswersAsAnObject() {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("NOTIFY_RELEASE", "NO");
        answers.put("INTERVIEW", "OPEN");
        assertThat(AuditDetail.empty().and("attachments", List.of(4L, 7L)).and("retentionDays", 30).json())
                .isEqualTo("{\"attachments\":[4,7],\"retentionDays\":30}");
        assertThat(AuditDetail.of("from", "SUBMITTED").and("answers", answers).json())
                .isEqualTo("{\"from\":\"SUBMITTED\",\"answers\":{\"NOTIFY_RELEASE\":\"NO\",\"INTERVIEW\":\"OPEN\"}}");
        assertThat(AuditDetail.empty().and("answers", Map.of()).json()).isEqualTo("{\"answers\":{}}");
    }

    @Test
    void escapesWhatCouldBreakTheObject() {
        assertThat(AuditDetail.of("actor", "a\"b\\c\nd").json()).isEqualTo("{\"actor\":\"a\\\"b\\\\c\\nd\"}");
    }

    @Test
    void readsTheSameEachTime() {
        AuditDetail detail = AuditDetail.of("reason", "own account");
        assertThat(detail.json()).isEqualTo(detail.json()).isEqualTo(detail.toString())
                .isEqualTo("{\"reason\":\"own account\"}");
    }

    @Test
    void logOnsAreTheAttemptsToSignInNotTheSignOut() {
        assertThat(AuditAction.LOGON.logOn()).isTrue();
        assertThat(AuditAction.LOGON_FAILED.logOn()).isTrue();
        assertThat(AuditAction.LOGON_LOCKED.logOn()).isTrue();
        assertThat(AuditAction.LOGOFF.logOn()).isFalse();
        assertThat(AuditAction.ACCOUNT_LOCKED.logOn()).isFalse();
    }
}
