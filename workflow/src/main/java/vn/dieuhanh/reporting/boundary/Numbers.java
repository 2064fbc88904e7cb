package vn.dieuhanh.reporting.boundary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Numbers as Vietnamese documents write them: "1.234", "52,1". */
public final class Numbers {

    private static final Locale VI = Locale.forLanguageTag("vi");

    private Numbers() {}

    /** Thousands grouped by dots, up to two decimals after a comma (a format per call: not thread-safe). */
    public static String vietnamese(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(VI));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    /** "52,1", "54,0": a mean with one decimal, as speed tables print it. */
    public static String oneDecimal(double value) {
        DecimalFormat format = new DecimalFormat("#,##0.0", DecimalFormatSymbols.getInstance(VI));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    /** "40", "0.5": a threshold as typed, for messages and the trail. */
    public static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
