package vn.dieuhanh.demo.control;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.Date;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import vn.dieuhanh.dispatch.control.HolderNames;

/**
 * Demo keys for a system without a real CA: a self-signed demo CA, and per holder a key and
 * certificate it issues, with a drawn signature or seal image. Every name and image says "MẪU -
 * KHÔNG CÓ GIÁ TRỊ PHÁP LÝ" (sample, no legal value) so nothing made here can pass for a real
 * signature.
 */
public class DemoKeys {

    public static final String CA_NAME = "Điều hành DEMO CA - " + DemoImages.NOT_LEGAL;
    public static final String CA_STORE = "demo-ca.p12";
    public static final String CA_PEM = "demo-ca.pem";

    /** Person: handwritten signature image. Seal: an organisation's round seal image. */
    public enum Kind {
        PERSON,
        SEAL
    }

    private static final String CA_ALIAS = "demo-ca";
    private static final int KEY_BITS = 3072;
    private static final Duration CA_VALIDITY = Duration.ofDays(10 * 366);
    private static final Duration HOLDER_VALIDITY = Duration.ofDays(5 * 365 + 1);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** One lock per directory for the whole JVM, since several instances may share a directory. */
    private static final ConcurrentMap<Path, Object> LOCKS = new ConcurrentHashMap<>();

    private final Path directory;
    private final char[] caSecret;

    public DemoKeys(Path directory, char[] caSecret) {
        this.directory =
                Objects.requireNonNull(directory, "directory").toAbsolutePath().normalize();
        this.caSecret = Objects.requireNonNull(caSecret, "caSecret").clone();
    }

    /** A person's key and handwritten-signature image, created if the holder has none yet. */
    public Path ensure(String holder, String displayName, String organisation, char[] pin) {
        return ensure(holder, displayName, organisation, pin, Kind.PERSON);
    }

    /** An organisation's seal key (CN = organisation) and seal image, created if missing. */
    public Path ensureSeal(String unitCode, String organisation, char[] secret) {
        return ensure(unitCode, organisation, organisation, secret, Kind.SEAL);
    }

    /**
     * Creates {@code <holder>.p12} protected by the PIN and {@code <holder>.png} unless the key
     * already exists (an existing key is never replaced, whatever PIN is given now).
     *
     * @return the key store's path
     */
    public Path ensure(String holder, String displayName, String organisation, char[] pin, Kind kind) {
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(pin, "pin");
        Objects.requireNonNull(kind, "kind");
        Path store = HolderNames.file(directory, holder, ".p12");
        if (Files.isRegularFile(store)) {
            return store;
        }
        // The slow part (an RSA-3072 key, the image) outside the lock, so holders are created in
        // parallel; a key made in vain by a thread that lost the race is simply dropped.
        KeyPair pair;
        try {
            pair = newKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Không tạo được khóa mẫu. / Cannot create demo keys.", e);
        }
        byte[] image =
                kind == Kind.PERSON ? DemoImages.handwrittenSignature(displayName) : DemoImages.seal(organisation);
        return locked(() -> {
            if (Files.isRegularFile(store)) {
                return store;
            }
            CaMaterial ca = loadOrCreateCa();
            X509Certificate certificate = issue(ca, pair.getPublic(), displayName, organisation);
            // The image first: a present .p12 then always means a complete holder.
            writeAtomically(HolderNames.file(directory, holder, ".png"), image);
            writeAtomically(
                    store, pkcs12(holder, pair.getPrivate(), new Certificate[] {certificate, ca.certificate()}, pin));
            return store;
        });
    }

    /** The demo CA's certificate, created on first use; the trust anchor for verifying demo signatures. */
    public X509Certificate caCertificate() {
        return locked(() -> loadOrCreateCa().certificate());
    }

    public Path directory() {
        return directory;
    }

    private record CaMaterial(PrivateKey key, X509Certificate certificate) {}

    private interface Action<T> {
        T run() throws IOException, GeneralSecurityException, OperatorCreationException;
    }

    private <T> T locked(Action<T> action) {
        Object monitor = LOCKS.computeIfAbsent(directory, d -> new Object());
        synchronized (monitor) {
            try {
                Files.createDirectories(directory);
                // The file lock keeps a second process (another server node, a CLI) out too.
                try (FileChannel channel = FileChannel.open(
                                directory.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                        FileLock ignored = channel.lock()) {
                    return action.run();
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Không tạo được khóa mẫu. / Cannot create demo keys.", e);
            } catch (GeneralSecurityException | OperatorCreationException e) {
                throw new IllegalStateException("Không tạo được khóa mẫu. / Cannot create demo keys.", e);
            }
        }
    }

    private CaMaterial loadOrCreateCa() throws IOException, GeneralSecurityException, OperatorCreationException {
        Path store = directory.resolve(CA_STORE);
        if (Files.isRegularFile(store)) {
            KeyStore keyStore = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(store)) {
                keyStore.load(in, caSecret);
            }
            return new CaMaterial((PrivateKey) keyStore.getKey(CA_ALIAS, caSecret), (X509Certificate)
                    keyStore.getCertificate(CA_ALIAS));
        }
        KeyPair pair = newKeyPair();
        X500Name name = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.C, "VN")
                .addRDN(BCStyle.O, "Điều hành DEMO")
                .addRDN(BCStyle.OU, DemoImages.NOT_LEGAL)
                .addRDN(BCStyle.CN, CA_NAME)
                .build();
        Instant now = Instant.now();
        JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                        name,
                        serial(),
                        Date.from(now.minus(Duration.ofHours(1))),
                        Date.from(now.plus(CA_VALIDITY)),
                        name,
                        pair.getPublic())
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
                .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                .addExtension(
                        Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(pair.getPublic()));
        X509Certificate certificate = sign(builder, pair.getPrivate());
        writeAtomically(directory.resolve(CA_PEM), pem(certificate));
        writeAtomically(store, pkcs12(CA_ALIAS, pair.getPrivate(), new Certificate[] {certificate}, caSecret));
        return new CaMaterial(pair.getPrivate(), certificate);
    }

    private static X509Certificate issue(CaMaterial ca, PublicKey subjectKey, String displayName, String organisation)
            throws GeneralSecurityException, OperatorCreationException, IOException {
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.C, "VN")
                .addRDN(BCStyle.O, organisation)
                .addRDN(BCStyle.OU, DemoImages.NOT_LEGAL)
                .addRDN(BCStyle.CN, displayName)
                .build();
        // Backdated a little so a signature made right away is not "before the certificate".
        ZonedDateTime from = ZonedDateTime.now(ZoneOffset.UTC).minusHours(1);
        JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                        ca.certificate(),
                        serial(),
                        Date.from(from.toInstant()),
                        Date.from(from.toInstant().plus(HOLDER_VALIDITY)),
                        subject,
                        subjectKey)
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                .addExtension(
                        Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation))
                .addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(subjectKey))
                .addExtension(
                        Extension.authorityKeyIdentifier,
                        false,
                        extensions.createAuthorityKeyIdentifier(ca.certificate()));
        return sign(builder, ca.key());
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey key)
            throws OperatorCreationException, GeneralSecurityException {
        ContentSigner signer = new JcaContentSignerBuilder("SHA256withRSA").build(key);
        return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
    }

    private static KeyPair newKeyPair() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(KEY_BITS, RANDOM);
        return generator.generateKeyPair();
    }

    private static BigInteger serial() {
        return new BigInteger(127, RANDOM).add(BigInteger.ONE);
    }

    private static byte[] pkcs12(String alias, PrivateKey key, Certificate[] chain, char[] password)
            throws GeneralSecurityException, IOException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry(alias, key, password, chain);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.store(out, password);
        // Read back before it replaces anything: a store that cannot be opened is never written.
        KeyStore.getInstance("PKCS12").load(new ByteArrayInputStream(out.toByteArray()), password);
        return out.toByteArray();
    }

    private static byte[] pem(X509Certificate certificate) throws GeneralSecurityException {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(certificate.getEncoded());
        return ("-----BEGIN CERTIFICATE-----\n" + body + "\n-----END CERTIFICATE-----\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    private void writeAtomically(Path target, byte[] content) throws IOException {
        Path temp = Files.createTempFile(directory, ".tmp-", ".part");
        try {
            Files.write(temp, content);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
