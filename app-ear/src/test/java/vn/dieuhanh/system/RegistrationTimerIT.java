package vn.dieuhanh.system;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dieuhanh.system.SystemUnderTest.*;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A BPMN timer fires in the running server, on the container-managed job executor, and its CDI
 * delegate writes a JPA entity in the job's transaction.
 */
class RegistrationTimerIT {

    @BeforeAll
    static void ready() {
        awaitReady();
    }

    private static long reminderRows(String processInstanceId) {
        return Cases.count(
                "select count(*) from dh_registration_reminder where process_instance_id = ?", processInstanceId);
    }

    @Test
    void aLateRegistrationTriggersAReminderWrittenByTheDelegate() {
        OffsetDateTime due = OffsetDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusSeconds(3);
        HttpResponse<String> received = post(
                "/api/incoming-documents/receipts",
                tokenOf("vanthu"),
                "{\"subject\":\"Công văn cần vào sổ gấp\",\"registrationDue\":\"" + due + "\"}");
        assertThat(received.statusCode()).as(received.body()).isEqualTo(201);
        String processInstanceId = object(received).getString("processInstanceId");
        assertThat(reminderRows(processInstanceId))
                .as("no reminder before the deadline")
                .isZero();

        boolean reminded = eventually(Duration.ofSeconds(90), () -> reminderRows(processInstanceId) == 1);

        assertThat(reminded)
                .as("the timer fired and the delegate wrote the reminder")
                .isTrue();
        HttpResponse<String> status = get("/api/incoming-documents/receipts/" + processInstanceId, tokenOf("vanthu"));
        var body = object(status);
        assertThat(body.getJsonArray("reminders").getJsonObject(0).getString("message"))
                .contains("chưa được vào sổ");
        assertThat(body.getJsonArray("openTasks").getJsonObject(0).getString("stepKey"))
                .as("the reminder does not take the task away")
                .isEqualTo("registerIncoming");
    }
}
