package vn.dieuhanh.audit.boundary;

/**
 * Kinds of recorded events, with the Vietnamese words the trail and the report print. The engine's
 * own history adds its kinds beside these when a trail is read (see engine.boundary.EngineHistory).
 */
public enum AuditKind {
    INCOMING_RECEIVED("Tiếp nhận văn bản đến"),
    INCOMING_REGISTERED("Vào sổ văn bản đến"),
    REGISTRATION_REMINDER("Nhắc vào sổ văn bản đến"),
    DIRECTIVE_CREATED("Cho ý kiến chỉ đạo, tạo văn bản chỉ đạo"),
    STEP_COMPLETED("Hoàn thành bước xử lý"),
    TASK_CLAIMED("Nhận việc"),
    TASK_RELEASED("Trả lại việc cho đơn vị"),
    TASK_HANDED_OVER("Chuyển việc cho đồng nghiệp"),
    TASK_COMMENTED("Ý kiến trên công việc"),
    DOCUMENT_VERSION("Phiên bản văn bản"),
    REMINDER("Nhắc hạn báo cáo"),
    REMINDER_LETTER("Văn bản đôn đốc"),
    CONSOLIDATION_REMINDER("Đơn vị tổng hợp nhắc đơn vị chậm báo cáo"),
    SIGNING_REFUSED("Ký số không thành công (sai mã PIN)"),
    REPORT_VALUES("Số liệu báo cáo theo chỉ tiêu"),
    REPORT_SUBMITTED("Gửi báo cáo đơn vị"),
    CLOSURE_REQUESTED("Đề nghị kết thúc văn bản chỉ đạo"),
    DIRECTIVE_CLOSED("Kết thúc văn bản chỉ đạo"),
    ROLE_GRANTED("Gán vai trò"),
    ROLE_REVOKED("Bỏ vai trò"),
    SERIES_IMPORTED("Nhập tệp chuỗi số liệu"),
    DELEGATION_GRANTED("Ủy quyền xử lý thay"),
    DELEGATION_ENDED("Chấm dứt ủy quyền"),
    DELEGATION_USED("Xử lý thay theo ủy quyền"),
    REFUSED("Thao tác bị từ chối");

    private final String label;

    AuditKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
