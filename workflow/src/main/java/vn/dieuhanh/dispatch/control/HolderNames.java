package vn.dieuhanh.dispatch.control;

import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Holder names become file names in the key directory; anything that could reach outside it
 * (separators, "..", a leading dot, control characters) is refused rather than rewritten, so two
 * different holders can never end up on the same file.
 */
public final class HolderNames {

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private HolderNames() {}

    public static String requireSafe(String holder) {
        Objects.requireNonNull(holder, "holder");
        if (!SAFE.matcher(holder).matches() || holder.contains("..")) {
            throw new IllegalArgumentException("Tên người giữ khóa không hợp lệ: " + holder
                    + " / Invalid key holder name (letters, digits, '.', '_', '-' only).");
        }
        return holder;
    }

    public static Path file(Path directory, String holder, String extension) {
        Path file = directory.resolve(requireSafe(holder) + extension).normalize();
        if (!directory.equals(file.getParent())) {
            throw new IllegalArgumentException(
                    "Tên người giữ khóa không hợp lệ: " + holder + " / Invalid key holder name.");
        }
        return file;
    }
}
