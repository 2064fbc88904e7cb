package vn.dieuhanh.series.boundary;

import jakarta.ejb.ApplicationException;

/** A series file refused (400), or too large (413), with the sentence shown (Vietnamese / English). */
@ApplicationException(rollback = true)
public class SeriesProblem extends RuntimeException {

    private final boolean tooLarge;

    public SeriesProblem(String message, boolean tooLarge) {
        super(message);
        this.tooLarge = tooLarge;
    }

    public boolean tooLarge() {
        return tooLarge;
    }
}
