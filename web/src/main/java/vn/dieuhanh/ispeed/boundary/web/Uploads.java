package vn.dieuhanh.ispeed.boundary.web;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import vn.dieuhanh.ispeed.boundary.MeasurementProblem;
import vn.dieuhanh.ispeed.boundary.SampleFormat;

/** The limits every upload of a sample file passes, from the API and from the page. */
final class Uploads {

    private Uploads() {}

    /**
     * The body, refused at once when its declared length is over the limit, and cut off (the
     * import then fails whole) when more bytes arrive than the limit, declared or not.
     */
    static InputStream limited(InputStream body, Long declaredLength, long maxBytes) {
        if (declaredLength != null && declaredLength > maxBytes) {
            throw tooLarge(maxBytes);
        }
        return new FilterInputStream(body) {
            private long read;

            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    count(1);
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n > 0) {
                    count(n);
                }
                return n;
            }

            private void count(long n) {
                read += n;
                if (read > maxBytes) {
                    throw tooLarge(maxBytes);
                }
            }
        };
    }

    static MeasurementProblem tooLarge(long maxBytes) {
        return new MeasurementProblem(
                MeasurementProblem.Kind.TOO_LARGE,
                String.format(
                        Locale.ROOT,
                        "Tệp quá lớn (tối đa %d MB). / The file is too large (at most %d MB).",
                        maxBytes / (1024 * 1024),
                        maxBytes / (1024 * 1024)));
    }

    static String fileName(String given, SampleFormat format) {
        String name = given == null || given.isBlank()
                ? (format == SampleFormat.CSV ? "samples.csv" : "samples.jsonl")
                : given.strip();
        // Only what a file name needs: the name is shown back and stored, never used as a path.
        name = name.replaceAll("[\\p{Cntrl}/\\\\]", "_");
        return name.length() > 200 ? name.substring(0, 200) : name;
    }
}
