package vn.dieuhanh.dispatch.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The signing keys of people and seals, as the server is configured: a directory of PKCS#12 key
 * stores (one per person, one per organisation seal), and the trusted roots for verification.
 * In demo mode a missing key is created on first use by the {@link KeyMaker} deployed with the
 * application (the demo's CA, whose keys say on their face that they have no legal value).
 */
@ApplicationScoped
public class Signing {

    @Inject
    @ConfigProperty(name = "dieuhanh.keys.dir")
    String keysDirectory;

    /** Certificates (PEM or DER, *.pem / *.crt / *.cer) of the CAs whose signatures count as trusted. */
    @Inject
    @ConfigProperty(name = "dieuhanh.keys.trusted-dir")
    Optional<String> trustedDirectory;

    @Inject
    @ConfigProperty(name = "dieuhanh.keys.demo", defaultValue = "false")
    boolean demo;

    @Inject
    Instance<KeyMaker> keyMakers;

    /** The secret of the organisation seals' key stores; held by the server, not by a person. */
    @Inject
    @ConfigProperty(name = "dieuhanh.keys.seal-secret", defaultValue = "demo-seal-secret")
    String sealSecret;

    private Pkcs12KeySource keys;
    private KeyMaker keyMaker;
    private PdfSignatures signatures;

    @PostConstruct
    void open() {
        Path directory = Path.of(keysDirectory);
        keys = new Pkcs12KeySource(directory);
        List<X509Certificate> roots = new ArrayList<>(trustedRoots());
        if (demo) {
            if (!keyMakers.isResolvable()) {
                throw new IllegalStateException("dieuhanh.keys.demo is on but no KeyMaker is deployed");
            }
            keyMaker = keyMakers.get();
            roots.add(keyMaker.root());
        }
        signatures = new PdfSignatures(roots);
    }

    /** A person's key, unlocked with the PIN they typed; in demo mode created on first use. */
    public UnlockedKey unlockPerson(String user, String displayName, String organisation, char[] pin) {
        if (demo) {
            keyMaker.ensurePerson(user, displayName, organisation);
        }
        return keys.unlock(user, pin);
    }

    /** An organisation's seal, unlocked with the server's seal secret. */
    public UnlockedKey unlockSeal(String unitCode, String organisation) {
        if (demo) {
            keyMaker.ensureSeal(unitCode, organisation, sealSecret.toCharArray());
        }
        return keys.unlock(unitCode, sealSecret.toCharArray());
    }

    /** The holder's signature or seal image; a blank image where none is on file. */
    public byte[] image(String holder) {
        // Images never change once written (a key is never replaced): read each once.
        byte[] cached = images.get(holder);
        if (cached != null) {
            return cached;
        }
        Optional<byte[]> found = keys.appearanceImage(holder);
        found.ifPresent(image -> images.put(holder, image));
        return found.orElseGet(Signing::transparentPixel);
    }

    private final java.util.Map<String, byte[]> images = new java.util.concurrent.ConcurrentHashMap<>();

    private static byte[] transparentPixel() {
        try (var out = new java.io.ByteArrayOutputStream()) {
            javax.imageio.ImageIO.write(
                    new java.awt.image.BufferedImage(1, 1, java.awt.image.BufferedImage.TYPE_INT_ARGB), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("A PNG of one pixel cannot fail to encode", e);
        }
    }

    public PdfSignatures signatures() {
        return signatures;
    }

    private List<X509Certificate> trustedRoots() {
        List<X509Certificate> roots = new ArrayList<>();
        if (trustedDirectory.isEmpty() || !Files.isDirectory(Path.of(trustedDirectory.get()))) {
            return roots;
        }
        try (DirectoryStream<Path> files =
                Files.newDirectoryStream(Path.of(trustedDirectory.get()), "*.{pem,crt,cer}")) {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            for (Path file : files) {
                try (InputStream in = Files.newInputStream(file)) {
                    factory.generateCertificates(in).forEach(c -> roots.add((X509Certificate) c));
                }
            }
        } catch (IOException | CertificateException e) {
            throw new IllegalStateException("Cannot read the trusted certificates in " + trustedDirectory.get(), e);
        }
        return roots;
    }
}
