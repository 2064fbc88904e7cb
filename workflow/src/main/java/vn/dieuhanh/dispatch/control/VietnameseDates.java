package vn.dieuhanh.dispatch.control;

import java.text.Normalizer;
import java.time.LocalDate;

/**
 * Dates and numbers as Decree 30/2020 writes them on a document. The zero-padding rule is not
 * the usual one: days below 10 and only the months January and February take a leading zero, so
 * a date can never be misread as "tháng 1x" when filled in by hand on paper.
 */
public final class VietnameseDates {

    private VietnameseDates() {}

    /** "Hải Phòng, ngày 05 tháng 01 năm 2025". */
    public static String dateLine(String place, LocalDate d) {
        int month = d.getMonthValue();
        String monthText = month <= 2 ? "0" + month : Integer.toString(month);
        String text = place + ", ngày " + number(d.getDayOfMonth()) + " tháng " + monthText + " năm " + d.getYear();
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** A document or day number: "01" to "09", then "10", "11", ... */
    public static String number(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("Negative number: " + n);
        }
        return n < 10 ? "0" + n : Integer.toString(n);
    }
}
