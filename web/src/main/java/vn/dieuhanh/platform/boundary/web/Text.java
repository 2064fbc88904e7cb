package vn.dieuhanh.platform.boundary.web;

import java.text.Normalizer;

/** Text as we store it: Unicode NFC (TCVN 6909:2001), no stray or doubled spaces. */
public final class Text {

    private Text() {}

    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        return Normalizer.normalize(text, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
    }
}
