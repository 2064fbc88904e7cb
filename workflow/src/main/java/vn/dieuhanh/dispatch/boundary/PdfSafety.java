package vn.dieuhanh.dispatch.boundary;

import com.itextpdf.kernel.exceptions.BadPasswordException;
import com.itextpdf.kernel.exceptions.PdfException;
import com.itextpdf.kernel.pdf.PdfArray;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfObject;
import com.itextpdf.kernel.pdf.PdfReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks on an uploaded PDF before anything else reads it. Official documents are kept and
 * exchanged for years: one that runs code, hides files or cannot be read without a password is
 * refused at the door rather than stored.
 */
public class PdfSafety {

    public static final String NOT_A_PDF = "Tệp không phải PDF hợp lệ. / The file is not a valid PDF.";
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

    /** Why a PDF is refused; its message is shown to the person uploading (Vietnamese / English). */
    public static class UnsafePdfException extends IllegalArgumentException {
        public UnsafePdfException(String message) {
            super(message);
        }
    }

    /** What was found; each constant carries the message shown to the user. */
    public enum Finding {
        ENCRYPTED("Tệp PDF được mã hóa hoặc đặt mật khẩu. / The PDF is encrypted or password-protected."),
        JAVASCRIPT("Tệp PDF chứa JavaScript. / The PDF contains JavaScript."),
        AUTOMATIC_ACTION(
                "Tệp PDF chứa hành động tự chạy (OpenAction/AA). / The PDF contains automatic actions (OpenAction/AA)."),
        LAUNCH_OR_SUBMIT(
                "Tệp PDF chứa lệnh mở chương trình hoặc gửi dữ liệu. / The PDF launches programs or submits data."),
        EMBEDDED_FILES("Tệp PDF chứa tệp đính kèm nhúng. / The PDF contains embedded files."),
        XFA("Tệp PDF chứa biểu mẫu XFA. / The PDF contains an XFA form.");

        private final String message;

        Finding(String message) {
            this.message = message;
        }

        public String message() {
            return message;
        }
    }

    private static final PdfName JS = new PdfName("JS");
    private static final PdfName EF = new PdfName("EF");
    private static final Set<PdfName> DANGEROUS_ACTIONS =
            Set.of(PdfName.Launch, PdfName.SubmitForm, PdfName.ImportData, new PdfName("RichMediaExecute"));
    private static final int HEADER_SEARCH = 1024;

    private final long maxBytes;

    public PdfSafety() {
        this(DEFAULT_MAX_BYTES);
    }

    public PdfSafety(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive");
        }
        this.maxBytes = maxBytes;
    }

    /**
     * Refuses a PDF that is too large, unreadable, encrypted or carries active content.
     *
     * @throws UnsafePdfException with a message for the user
     */
    public void check(byte[] pdf) {
        checkSize(pdf == null ? 0 : pdf.length);
        Set<Finding> findings = findings(pdf);
        if (!findings.isEmpty()) {
            throw new UnsafePdfException(findings.stream().map(Finding::message).collect(Collectors.joining(" ")));
        }
    }

    /** Whether the PDF is encrypted or carries JavaScript, automatic actions or embedded files. */
    public boolean hasJavaScriptOrEncryption(byte[] pdf) {
        return !findings(pdf).isEmpty();
    }

    /** Refuses a size above the limit before the bytes are read (e.g. from Content-Length). */
    public void checkSize(long size) {
        if (size > maxBytes) {
            throw new UnsafePdfException(String.format(
                    Locale.ROOT,
                    "Tệp quá lớn (%.1f MB, tối đa %.1f MB). / The file is too large (%.1f MB, at most %.1f MB).",
                    mb(size),
                    mb(maxBytes),
                    mb(size),
                    mb(maxBytes)));
        }
    }

    public long maxBytes() {
        return maxBytes;
    }

    /**
     * Everything objectionable in the PDF, the most serious first.
     *
     * @throws IllegalArgumentException if the bytes are not a readable PDF
     */
    public Set<Finding> findings(byte[] pdf) {
        requirePdfHeader(pdf);
        Set<Finding> findings = EnumSet.noneOf(Finding.class);
        PdfReader reader;
        try {
            reader = new PdfReader(new ByteArrayInputStream(pdf));
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException(NOT_A_PDF, e);
        }
        try (PdfDocument document = new PdfDocument(reader)) {
            if (reader.isEncrypted()) {
                findings.add(Finding.ENCRYPTED);
            }
            // Every indirect object, reachable or not: a script hidden in an orphan object
            // still ships with the file.
            for (int number = 1; number < document.getNumberOfPdfObjects(); number++) {
                PdfObject object = document.getPdfObject(number);
                if (object != null) {
                    inspect(object, findings);
                }
            }
        } catch (BadPasswordException e) {
            findings.add(Finding.ENCRYPTED);
        } catch (PdfException e) {
            if (looksEncrypted(e)) {
                findings.add(Finding.ENCRYPTED);
            } else {
                throw new IllegalArgumentException(NOT_A_PDF, e);
            }
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(NOT_A_PDF, e);
        }
        return findings;
    }

    /** Fails fast on bytes that do not even start like a PDF (an image, an office file). */
    public static void requirePdfHeader(byte[] pdf) {
        if (pdf == null || pdf.length < 8) {
            throw new IllegalArgumentException(NOT_A_PDF);
        }
        String head = new String(pdf, 0, Math.min(pdf.length, HEADER_SEARCH), StandardCharsets.ISO_8859_1);
        if (!head.contains("%PDF-")) {
            throw new IllegalArgumentException(NOT_A_PDF);
        }
    }

    private static void inspect(PdfObject root, Set<Finding> findings) {
        // Direct objects nested in this one; indirect ones are visited from the object table.
        Deque<PdfObject> pending = new ArrayDeque<>();
        pending.push(root);
        while (!pending.isEmpty()) {
            PdfObject object = pending.pop();
            if (object instanceof PdfDictionary dictionary) {
                inspectDictionary(dictionary, findings);
                for (PdfName key : dictionary.keySet()) {
                    PdfObject value = dictionary.get(key, false);
                    if (value != null && !value.isIndirectReference()) {
                        pending.push(value);
                    }
                }
            } else if (object instanceof PdfArray array) {
                for (int i = 0; i < array.size(); i++) {
                    PdfObject value = array.get(i, false);
                    if (value != null && !value.isIndirectReference()) {
                        pending.push(value);
                    }
                }
            }
        }
    }

    private static void inspectDictionary(PdfDictionary dictionary, Set<Finding> findings) {
        if (dictionary.containsKey(JS) || dictionary.containsKey(PdfName.JavaScript)) {
            findings.add(Finding.JAVASCRIPT);
        }
        PdfName action = dictionary.getAsName(PdfName.S);
        if (PdfName.JavaScript.equals(action)) {
            findings.add(Finding.JAVASCRIPT);
        }
        if (action != null && DANGEROUS_ACTIONS.contains(action)) {
            findings.add(Finding.LAUNCH_OR_SUBMIT);
        }
        if (dictionary.containsKey(PdfName.AA) || dictionary.containsKey(PdfName.OpenAction)) {
            // A plain "open at page 1" destination is harmless; an action dictionary is not
            // worth telling apart from a script here.
            PdfObject openAction = dictionary.get(PdfName.OpenAction);
            if (dictionary.containsKey(PdfName.AA) || openAction instanceof PdfDictionary) {
                findings.add(Finding.AUTOMATIC_ACTION);
            }
        }
        if (dictionary.containsKey(PdfName.EmbeddedFiles) || dictionary.containsKey(EF)) {
            findings.add(Finding.EMBEDDED_FILES);
        }
        if (dictionary.containsKey(PdfName.XFA)) {
            findings.add(Finding.XFA);
        }
    }

    private static boolean looksEncrypted(PdfException e) {
        String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        return message.contains("password") || message.contains("encrypt") || message.contains("certificate");
    }

    private static double mb(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }
}
