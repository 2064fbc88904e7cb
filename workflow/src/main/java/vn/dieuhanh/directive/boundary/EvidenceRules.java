package vn.dieuhanh.directive.boundary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.dieuhanh.dispatch.control.PdfSafety;

/**
 * What a unit may attach to its report as evidence: a few PDF, PNG or JPEG files of bounded size.
 * The type is read from the bytes, not from the name or the browser's claim, and a PDF with
 * active content is refused like any other PDF the system takes in.
 */
public final class EvidenceRules {

    /** Per file: a scanned list or a phone photo fits; a video does not. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    public static final int MAX_FILES = 5;

    public static final List<String> MEDIA_TYPES = List.of("application/pdf", "image/png", "image/jpeg");

    /** A file as uploaded. */
    public record Upload(String fileName, byte[] content) {}

    /** A file that passed: its cleaned name and the type its bytes show. */
    public record Accepted(String fileName, String mediaType, byte[] content) {}

    private EvidenceRules() {}

    /**
     * Every file checked, or an {@link IllegalArgumentException} naming the first file refused
     * and why (Vietnamese, then English): nothing is stored unless all pass.
     */
    public static List<Accepted> check(List<Upload> uploads) {
        if (uploads.size() > MAX_FILES) {
            throw new IllegalArgumentException(String.format(
                    Locale.ROOT, "Tối đa %d tệp minh chứng. / At most %d evidence files.", MAX_FILES, MAX_FILES));
        }
        List<Accepted> accepted = new ArrayList<>();
        for (Upload upload : uploads) {
            accepted.add(check(upload));
        }
        return accepted;
    }

    public static Accepted check(Upload upload) {
        String name = fileName(upload.fileName());
        byte[] content = upload.content();
        if (content == null || content.length == 0) {
            throw new IllegalArgumentException("Tệp " + name + " rỗng. / The file " + name + " is empty.");
        }
        checkSize(name, content.length);
        String type = mediaType(content);
        if (type == null) {
            throw new IllegalArgumentException("Tệp " + name + " không phải PDF, PNG hoặc JPEG. / The file " + name
                    + " is not a PDF, PNG or JPEG.");
        }
        if (type.equals("application/pdf")) {
            try {
                new PdfSafety(MAX_BYTES).check(content);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Tệp " + name + ": " + e.getMessage(), e);
            }
        }
        return new Accepted(name, type, content);
    }

    /** Refuses an upload by its declared size, before its bytes are read into memory. */
    public static void checkSize(String fileName, long size) {
        if (size > MAX_BYTES) {
            String name = fileName(fileName);
            throw new IllegalArgumentException(String.format(
                    Locale.ROOT,
                    "Tệp %s quá lớn (tối đa %d MB). / The file %s is too large (at most %d MB).",
                    name,
                    MAX_BYTES / (1024 * 1024),
                    name,
                    MAX_BYTES / (1024 * 1024)));
        }
    }

    /** The type the first bytes show, or null for anything else. */
    static String mediaType(byte[] content) {
        if (startsWith(content, new byte[] {'%', 'P', 'D', 'F', '-'})) {
            return "application/pdf";
        }
        if (startsWith(content, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'})) {
            return "image/png";
        }
        if (startsWith(content, new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff})) {
            return "image/jpeg";
        }
        return null;
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Shown back and stored, never used as a path: control characters and separators go. */
    static String fileName(String given) {
        String name = given == null || given.isBlank() ? "minh-chung" : given.strip();
        name = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFC)
                .replaceAll("[\\p{Cntrl}/\\\\]", "_");
        return name.length() > 200 ? name.substring(0, 200) : name;
    }
}
