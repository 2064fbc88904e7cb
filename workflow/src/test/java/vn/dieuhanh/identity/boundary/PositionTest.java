package vn.dieuhanh.identity.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PositionTest {

    @Test
    void aGroupPathNamesTheUnitTheRoleAndTheTitle() {
        assertThat(Position.fromGroupPath("/UBND-HP/SO-TC/unit-head/Phó Giám đốc phụ trách"))
                .contains(new Position("SO-TC", "unit-head", "Phó Giám đốc phụ trách"));
        assertThat(Position.fromGroupPath("/UBND-HP/QUAN-NGOQUYEN/PHUONG-MAYTO/unit-officer"))
                .contains(new Position("PHUONG-MAYTO", "unit-officer", null));
    }

    @Test
    void aTitleInCapitalsIsNotTakenForAUnit() {
        assertThat(Position.fromGroupPath("/UBND-HP/SO-TC/unit-head/GIAM-DOC"))
                .contains(new Position("SO-TC", "unit-head", "GIAM-DOC"));
        assertThat(Position.unitOf("/UBND-HP/SO-TC/unit-head/GIAM-DOC")).contains("SO-TC");
    }

    @Test
    void aPlainMembershipHoldsNoRoleButStillNamesItsUnit() {
        assertThat(Position.fromGroupPath("/UBND-HP/SO-TC")).isEmpty();
        assertThat(Position.unitOf("/UBND-HP/SO-TC")).contains("SO-TC");
        assertThat(Position.unitOf("SO-TC")).contains("SO-TC");
    }

    @Test
    void pathsThatAreNotOursHoldNothing() {
        assertThat(Position.fromGroupPath(null)).isEmpty();
        assertThat(Position.fromGroupPath("/")).isEmpty();
        assertThat(Position.fromGroupPath("/lowercase/unit-head")).isEmpty();
        assertThat(Position.fromGroupPath("/UBND-HP/SO-TC/unit-head/title/deeper"))
                .isEmpty();
        assertThat(Position.unitOf("/lowercase")).isEmpty();
    }

    @Test
    void aPositionNeedsAUnitCodeAndARoleName() {
        assertThatThrownBy(() -> new Position("so-tc", "unit-head", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Position("SO-TC", "Unit Head", null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Position("SO-TC", "unit-head", "  ").title()).isNull();
        assertThat(new Position("SO-TC", "unit-head", "Giám đốc").groupPath("/UBND-HP/SO-TC"))
                .isEqualTo("/UBND-HP/SO-TC/unit-head/Giám đốc");
    }
}
