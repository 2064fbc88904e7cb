package vn.dieuhanh.dispatch.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import vn.dieuhanh.dispatch.boundary.NoKeyException;
import vn.dieuhanh.dispatch.boundary.WrongPinException;

/**
 * Keys as PKCS#12 files {@code <holder>.p12} in one directory, each opened with the holder's PIN,
 * and the holder's appearance image {@code <holder>.png} next to it.
 */
public class Pkcs12KeySource implements KeySource {

    private final Path directory;

    public Pkcs12KeySource(Path directory) {
        this.directory =
                Objects.requireNonNull(directory, "directory").toAbsolutePath().normalize();
    }

    @Override
    public UnlockedKey unlock(String holder, char[] pin) {
        Objects.requireNonNull(pin, "pin");
        Path file = HolderNames.file(directory, holder, ".p12");
        KeyStore store;
        try (InputStream in = Files.newInputStream(file)) {
            store = KeyStore.getInstance("PKCS12");
            store.load(in, pin);
        } catch (NoSuchFileException e) {
            throw new NoKeyException(holder);
        } catch (IOException e) {
            // The JDK reports a wrong store password as an IOException caused by an
            // UnrecoverableKeyException; any other IOException is a damaged or unreadable file.
            if (e.getCause() instanceof UnrecoverableKeyException) {
                throw new WrongPinException(holder);
            }
            throw new UncheckedIOException("Không đọc được khóa của " + holder + ". / Cannot read the key store.", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Khóa của " + holder + " bị hỏng. / Damaged key store.", e);
        }
        try {
            for (String alias : Collections.list(store.aliases())) {
                if (!store.isKeyEntry(alias)) {
                    continue;
                }
                Key key = store.getKey(alias, pin);
                if (!(key instanceof PrivateKey privateKey)) {
                    continue;
                }
                Certificate[] chain = store.getCertificateChain(alias);
                X509Certificate[] x509 =
                        Arrays.stream(chain).map(X509Certificate.class::cast).toArray(X509Certificate[]::new);
                // null: any provider that accepts a software RSA key will do.
                return new UnlockedKey(holder, privateKey, x509, null);
            }
        } catch (UnrecoverableKeyException e) {
            throw new WrongPinException(holder);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Khóa của " + holder + " bị hỏng. / Damaged key store.", e);
        }
        throw new NoKeyException(holder);
    }

    /** The holder's signature or seal image (PNG), if one was stored with the key. */
    public Optional<byte[]> appearanceImage(String holder) {
        Path file = HolderNames.file(directory, holder, ".png");
        try {
            return Optional.of(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean hasKey(String holder) {
        return Files.isRegularFile(HolderNames.file(directory, holder, ".p12"));
    }

    public Path directory() {
        return directory;
    }
}
