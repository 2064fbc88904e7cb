package vn.dieuhanh.ispeed.control;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import vn.dieuhanh.ispeed.boundary.RowProblem;

/**
 * Every refused row of an import, kept in a temporary file while the file is read (the database
 * connection streams the valid rows meanwhile), so the error report holds all of them without
 * holding them in memory; the first few are kept at hand for the answer.
 */
public final class ProblemSpool implements Consumer<RowProblem>, Iterable<RowProblem>, AutoCloseable {

    private final int shown;
    private final List<RowProblem> first = new ArrayList<>();
    private Path file;
    private DataOutputStream out;
    private int count;

    /** @param shown how many problems {@link #first()} keeps */
    public ProblemSpool(int shown) {
        this.shown = shown;
    }

    @Override
    public void accept(RowProblem problem) {
        if (first.size() < shown) {
            first.add(problem);
        }
        try {
            if (out == null) {
                file = Files.createTempFile("dieuhanh-refused-", ".bin");
                out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
            }
            out.writeInt(problem.rowNumber());
            out.writeUTF(problem.column());
            out.writeUTF(problem.value() == null ? "" : problem.value());
            out.writeUTF(problem.reason());
            count++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int size() {
        return count;
    }

    /** The first problems, as many as asked for at creation. */
    public List<RowProblem> first() {
        return List.copyOf(first);
    }

    /** Every problem, in the order received; read once the file has been read. */
    @Override
    public Iterator<RowProblem> iterator() {
        if (out == null) {
            return List.<RowProblem>of().iterator();
        }
        try {
            out.flush();
            DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
            return new Iterator<>() {
                int left = count;

                @Override
                public boolean hasNext() {
                    if (left == 0) {
                        close(in);
                    }
                    return left > 0;
                }

                @Override
                public RowProblem next() {
                    if (left == 0) {
                        throw new NoSuchElementException();
                    }
                    try {
                        left--;
                        return new RowProblem(in.readInt(), in.readUTF(), in.readUTF(), in.readUTF());
                    } catch (EOFException e) {
                        throw new IllegalStateException("spool ended early", e);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void close(DataInputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // Only read from: nothing is lost.
        }
    }

    @Override
    public void close() {
        try {
            if (out != null) {
                out.close();
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
