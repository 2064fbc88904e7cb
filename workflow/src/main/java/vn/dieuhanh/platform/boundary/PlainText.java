package vn.dieuhanh.platform.boundary;

/**
 * What every text field takes: no control characters (a NUL stored as an operator's name showed
 * up as an operator in the figures). Multi-line text may hold tabs and line breaks.
 */
public final class PlainText {

    private PlainText() {}

    /** Whether the text holds a control character other than, for multi-line text, tab, LF and CR. */
    public static boolean hasControl(String text, boolean multiLine) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && !(multiLine && (c == '\t' || c == '\n' || c == '\r'))) {
                return true;
            }
            // Unpaired surrogates and the "noncharacters" U+FFFE/U+FFFF are not text either.
            if (c == '\uFFFE' || c == '\uFFFF') {
                return true;
            }
        }
        return false;
    }

    public static final String CONTROL_VI = "chứa ký tự điều khiển (không được phép)";
    public static final String CONTROL_EN = "contains control characters (not allowed)";
}
