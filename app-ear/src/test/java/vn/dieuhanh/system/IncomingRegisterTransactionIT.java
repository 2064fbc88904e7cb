package vn.dieuhanh.system;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dieuhanh.system.SystemUnderTest.*;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.Year;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One user action, registering an incoming document, completes an engine task and writes our
 * entities in one JTA transaction on PostgreSQL: all of it commits, or none of it.
 */
class IncomingRegisterTransactionIT {

    private static final String CLERK = "vanthu";

    @BeforeAll
    static void ready() {
        awaitReady();
    }

    private static JsonObject receive(String subject) {
        HttpResponse<String> response =
                post("/api/incoming-documents/receipts", tokenOf(CLERK), "{\"subject\":\"" + subject + "\"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return object(response);
    }

    private static HttpResponse<String> register(String taskId, String senderReference) {
        String body =
                """
                {"taskId":"%s","sender":"Bộ Thông tin và Truyền thông","senderReference":"%s",
                 "documentDate":"2024-10-18","subject":"V/v đẩy mạnh sử dụng ứng dụng i-Speed",
                 "handlingDue":"%s"}"""
                        .formatted(taskId, senderReference, LocalDate.now().plusDays(10));
        return post("/api/incoming-documents", tokenOf(CLERK), body);
    }

    private static String openStep(String processInstanceId) {
        HttpResponse<String> status = get("/api/incoming-documents/receipts/" + processInstanceId, tokenOf(CLERK));
        assertThat(status.statusCode()).as(status.body()).isEqualTo(200);
        var tasks = object(status).getJsonArray("openTasks");
        assertThat(tasks).hasSize(1);
        return tasks.getJsonObject(0).getString("stepKey");
    }

    private static long count(String sql, String parameter) {
        return Cases.count(sql, parameter);
    }

    private static long lastIncomingNumber() throws SQLException {
        try (Connection db = database();
                PreparedStatement statement =
                        db.prepareStatement("select coalesce(max(last_number), 0) from dh_register_counter"
                                + " where register_code = 'VB-DEN' and register_year = ?")) {
            statement.setInt(1, Year.now().getValue());
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    @Test
    void registrationCommitsTheTaskTheDocumentAndTheNumberTogether() throws SQLException {
        JsonObject receipt = receive("Công văn 4459/BTTTT-CVT");
        String processInstanceId = receipt.getString("processInstanceId");
        long numberBefore = lastIncomingNumber();

        HttpResponse<String> response =
                register(receipt.getString("registrationTaskId"), "4459/BTTTT-CVT-" + UUID.randomUUID());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonObject document = object(response);
        assertThat(document.getString("sender")).isEqualTo("Bộ Thông tin và Truyền thông");
        assertThat(document.getString("registeredBy")).isEqualTo(CLERK);
        assertThat(lastIncomingNumber()).isEqualTo(numberBefore + 1);
        assertThat(Integer.parseInt(document.getString("incomingNumber"))).isEqualTo(numberBefore + 1);
        assertThat(count("select count(*) from dh_incoming_document where process_instance_id = ?", processInstanceId))
                .isEqualTo(1);
        assertThat(openStep(processInstanceId)).isEqualTo("giveDirectingOpinion");
        assertThat(count(
                        "select count(*) from act_hi_taskinst where proc_inst_id_ = ?"
                                + " and task_def_key_ = 'registerIncoming' and end_time_ is not null",
                        processInstanceId))
                .isEqualTo(1);
    }

    @Test
    void aFailureAfterBothWritesRollsBackBoth() throws SQLException {
        String senderReference = "4459/BTTTT-CVT-" + UUID.randomUUID();
        JsonObject first = receive("Công văn 4459/BTTTT-CVT (bản gửi qua trục liên thông)");
        assertThat(register(first.getString("registrationTaskId"), senderReference)
                        .statusCode())
                .isEqualTo(201);

        // The same letter arrives a second time (by post) and the clerk registers it again: the
        // task completes and the number is taken, then the document row breaks the unique rule.
        JsonObject second = receive("Công văn 4459/BTTTT-CVT (bản giấy)");
        String secondProcess = second.getString("processInstanceId");
        long numberBefore = lastIncomingNumber();

        HttpResponse<String> response = register(second.getString("registrationTaskId"), senderReference);

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(object(response).getString("message"))
                .contains("đã được vào sổ")
                .contains("already registered");
        assertThat(openStep(secondProcess)).as("the task is still open").isEqualTo("registerIncoming");
        assertThat(count("select count(*) from dh_incoming_document where process_instance_id = ?", secondProcess))
                .as("no document row")
                .isZero();
        assertThat(count(
                        "select count(*) from act_hi_taskinst where proc_inst_id_ = ? and end_time_ is not null",
                        secondProcess))
                .as("no completed task in the engine's history")
                .isZero();
        assertThat(lastIncomingNumber()).as("the number was not used up").isEqualTo(numberBefore);

        // And the task can still be done properly afterwards.
        assertThat(register(second.getString("registrationTaskId"), senderReference + "-ban-giay")
                        .statusCode())
                .isEqualTo(201);
    }

    @Test
    void aStaleTaskIsAConflictNotAnError() {
        JsonObject receipt = receive("Công văn thử xử lý hai lần");
        String taskId = receipt.getString("registrationTaskId");
        assertThat(register(taskId, "A-" + UUID.randomUUID()).statusCode()).isEqualTo(201);

        HttpResponse<String> again = register(taskId, "B-" + UUID.randomUUID());

        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(object(again).getString("message")).contains("không còn mở").contains("no longer open");
    }

    @Test
    void invalidInputIsRefusedFieldByFieldAndChangesNothing() throws SQLException {
        JsonObject receipt = receive("Công văn thiếu thông tin");
        String processInstanceId = receipt.getString("processInstanceId");
        String body =
                """
                {"taskId":"%s","sender":"  ","senderReference":"12/BC","documentDate":"2099-01-01",
                 "subject":"V/v thử"}"""
                        .formatted(receipt.getString("registrationTaskId"));

        HttpResponse<String> response = post("/api/incoming-documents", tokenOf(CLERK), body);

        assertThat(response.statusCode()).isEqualTo(400);
        JsonObject problem = object(response);
        assertThat(problem.getString("message")).contains("chưa hợp lệ").contains("not valid");
        assertThat(problem.getJsonArray("fields").toString())
                .contains("sender")
                .contains("Cần nhập cơ quan gửi")
                .contains("documentDate");
        assertThat(openStep(processInstanceId)).isEqualTo("registerIncoming");
        assertThat(count("select count(*) from dh_incoming_document where process_instance_id = ?", processInstanceId))
                .isZero();
    }

    @Test
    void malformedJsonIsABadRequest() {
        HttpResponse<String> response =
                post("/api/incoming-documents", tokenOf(CLERK), "{\"taskId\":\"x\",\"documentDate\":\"18/10/2024\"}");

        assertThat(response.statusCode()).isEqualTo(400);
    }

    @Test
    void onlyTheRecordsClerkRegisters() {
        JsonObject receipt = receive("Công văn cho lãnh đạo thử vào sổ");

        HttpResponse<String> response = post(
                "/api/incoming-documents",
                tokenOf("lanhdao"),
                "{\"taskId\":\"" + receipt.getString("registrationTaskId") + "\"}");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(openStep(receipt.getString("processInstanceId"))).isEqualTo("registerIncoming");
    }
}
