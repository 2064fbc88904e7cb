package vn.dieuhanh.directive.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/** A unit's part in a directive. A forwarded task names the unit that forwarded it: the tree of the rollup. */
@Entity
@Table(name = "dh_unit_assignment")
@NamedQuery(
        name = UnitAssignment.FORWARDED_BY,
        query = "select a.unitCode from UnitAssignment a where a.directiveId = :directiveId"
                + " and a.parentUnit = :unitCode order by a.unitCode")
public class UnitAssignment {

    public static final String FORWARDED_BY = "UnitAssignment.forwardedBy";

    @Id
    private String id;

    @Column(name = "directive_id", nullable = false)
    private String directiveId;

    @Column(name = "unit_code", nullable = false)
    private String unitCode;

    @Column(name = "parent_unit")
    private String parentUnit;

    private String officer;

    @Column(name = "assigned_at")
    private OffsetDateTime assignedAt;

    protected UnitAssignment() {}

    public UnitAssignment(String directiveId, String unitCode, String parentUnit) {
        this.id = UUID.randomUUID().toString();
        this.directiveId = Objects.requireNonNull(directiveId, "directiveId");
        this.unitCode = Objects.requireNonNull(unitCode, "unitCode");
        this.parentUnit = parentUnit;
    }

    public void assign(String officer, OffsetDateTime at) {
        this.officer = Objects.requireNonNull(officer, "officer");
        this.assignedAt = Objects.requireNonNull(at, "at");
    }

    public String directiveId() {
        return directiveId;
    }

    public String unitCode() {
        return unitCode;
    }

    public String parentUnit() {
        return parentUnit;
    }

    public String officer() {
        return officer;
    }
}
