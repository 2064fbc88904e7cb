package vn.dieuhanh.dispatch.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** The last number given in one register in one year. */
@Entity
@Table(name = "dh_register_counter")
@IdClass(RegisterCounter.Key.class)
public class RegisterCounter {

    @Id
    @Column(name = "register_code")
    private String registerCode;

    @Id
    @Column(name = "register_year")
    private int registerYear;

    @Column(name = "last_number", nullable = false)
    private int lastNumber;

    protected RegisterCounter() {}

    public RegisterCounter(String registerCode, int registerYear) {
        this.registerCode = Objects.requireNonNull(registerCode, "registerCode");
        this.registerYear = registerYear;
    }

    /** Takes the next number; the caller holds the row lock for the rest of its transaction. */
    public int take() {
        return ++lastNumber;
    }

    public int lastNumber() {
        return lastNumber;
    }

    /** Composite key: register and year. A plain class, since JPA 3.1 cannot use a record here. */
    public static class Key implements Serializable {
        private String registerCode;
        private int registerYear;

        public Key() {}

        public Key(String registerCode, int registerYear) {
            this.registerCode = Objects.requireNonNull(registerCode, "registerCode");
            this.registerYear = registerYear;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && registerYear == key.registerYear
                    && Objects.equals(registerCode, key.registerCode);
        }

        @Override
        public int hashCode() {
            return Objects.hash(registerCode, registerYear);
        }
    }
}
