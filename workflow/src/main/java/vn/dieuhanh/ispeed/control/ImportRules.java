package vn.dieuhanh.ispeed.control;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * What a sample file is checked against. The ceilings only refuse the physically absurd; the
 * window and the catalogues are the directive's.
 *
 * @param maxSpeedMbps download and upload above this are refused
 * @param maxPingMs ping and jitter above this are refused
 * @param notBefore samples measured before this are refused
 * @param notAfter samples measured after this are refused; normally "now", as nobody measures the
 *     future
 * @param knownPlace whether a place code is in the administrative-unit catalogue
 * @param knownUnit whether a credited unit is known
 * @param maxRefusedRows refused rows beyond this many are counted but not reported (a file of
 *     garbage must not produce a report of the same size)
 */
public record ImportRules(
        double maxSpeedMbps,
        double maxPingMs,
        OffsetDateTime notBefore,
        OffsetDateTime notAfter,
        Predicate<String> knownPlace,
        Predicate<String> knownUnit,
        int maxRefusedRows) {

    public static final double DEFAULT_MAX_SPEED_MBPS = 10_000;
    public static final double DEFAULT_MAX_PING_MS = 60_000;
    public static final int DEFAULT_MAX_REFUSED_ROWS = 10_000;

    public ImportRules {
        Objects.requireNonNull(notBefore, "notBefore");
        Objects.requireNonNull(notAfter, "notAfter");
        Objects.requireNonNull(knownPlace, "knownPlace");
        Objects.requireNonNull(knownUnit, "knownUnit");
        if (!(maxSpeedMbps > 0) || !(maxPingMs > 0)) {
            throw new IllegalArgumentException("ceilings must be positive");
        }
        if (notAfter.isBefore(notBefore)) {
            throw new IllegalArgumentException("notAfter before notBefore");
        }
        if (maxRefusedRows < 0) {
            throw new IllegalArgumentException("maxRefusedRows < 0");
        }
    }

    /** The default ceilings and report size with the given window and catalogues. */
    public static ImportRules of(
            OffsetDateTime notBefore,
            OffsetDateTime notAfter,
            Predicate<String> knownPlace,
            Predicate<String> knownUnit) {
        return new ImportRules(
                DEFAULT_MAX_SPEED_MBPS,
                DEFAULT_MAX_PING_MS,
                notBefore,
                notAfter,
                knownPlace,
                knownUnit,
                DEFAULT_MAX_REFUSED_ROWS);
    }

    public ImportRules withMaxRefusedRows(int max) {
        return new ImportRules(maxSpeedMbps, maxPingMs, notBefore, notAfter, knownPlace, knownUnit, max);
    }
}
