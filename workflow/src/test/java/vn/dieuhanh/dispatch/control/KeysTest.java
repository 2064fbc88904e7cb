package vn.dieuhanh.dispatch.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dieuhanh.demo.control.DemoKeys;
import vn.dieuhanh.dispatch.boundary.NoKeyException;
import vn.dieuhanh.dispatch.boundary.WrongPinException;

class KeysTest {

    private static final char[] PIN = "246810".toCharArray();

    @TempDir
    Path keys;

    @Test
    void aPersonsKeyIsIssuedByTheDemoCaAndMarkedAsSample() throws Exception {
        DemoKeys demo = new DemoKeys(keys, "ca".toCharArray());
        demo.ensure("chanhvanphong", "Trần Thị Bình", "Văn phòng UBND", PIN);

        UnlockedKey key = new Pkcs12KeySource(keys).unlock("chanhvanphong", PIN);

        X509Certificate certificate = key.chain()[0];
        assertThat(key.chain()).hasSize(2);
        assertThat(certificate.getSubjectX500Principal().getName())
                .contains("CN=Trần Thị Bình", "O=Văn phòng UBND", "OU=MẪU - KHÔNG CÓ GIÁ TRỊ PHÁP LÝ");
        assertThat(certificate.getIssuerX500Principal().getName())
                .contains("CN=Điều hành DEMO CA - MẪU - KHÔNG CÓ GIÁ TRỊ PHÁP LÝ");
        certificate.verify(demo.caCertificate().getPublicKey());
        // digitalSignature and nonRepudiation only.
        assertThat(certificate.getKeyUsage()).startsWith(true, true, false, false, false, false, false);
        assertThat(certificate.getBasicConstraints()).isEqualTo(-1);
        assertThat(certificate.getNotAfter().getTime()
                        - certificate.getNotBefore().getTime())
                .isGreaterThanOrEqualTo(5L * 365 * 24 * 3600 * 1000);
        assertThat(((java.security.interfaces.RSAKey) certificate.getPublicKey())
                        .getModulus()
                        .bitLength())
                .isEqualTo(3072);

        X509Certificate pem = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(Files.readAllBytes(keys.resolve(DemoKeys.CA_PEM))));
        assertThat(pem).isEqualTo(demo.caCertificate());
        assertThat(Files.readString(keys.resolve(DemoKeys.CA_PEM), StandardCharsets.US_ASCII))
                .startsWith("-----BEGIN CERTIFICATE-----");
    }

    @Test
    void theAppearanceImagesAreTransparentPngs() throws IOException {
        DemoKeys demo = new DemoKeys(keys, "ca".toCharArray());
        demo.ensure("chanhvanphong", "Trần Thị Bình", "Văn phòng UBND", PIN);
        demo.ensureSeal("VP-UBND", "Văn phòng UBND thành phố", PIN);
        Pkcs12KeySource source = new Pkcs12KeySource(keys);

        BufferedImage signature = ImageIO.read(
                new ByteArrayInputStream(source.appearanceImage("chanhvanphong").orElseThrow()));
        BufferedImage seal = ImageIO.read(
                new ByteArrayInputStream(source.appearanceImage("VP-UBND").orElseThrow()));

        assertThat(signature.getColorModel().hasAlpha()).isTrue();
        assertThat(signature.getRGB(0, 0) >>> 24).as("transparent corner").isZero();
        assertThat(seal.getWidth()).isEqualTo(seal.getHeight());
        assertThat(seal.getRGB(0, 0) >>> 24).as("transparent corner").isZero();
        assertThat(source.appearanceImage("khongco")).isEmpty();
    }

    @Test
    void ensureKeepsAnExistingKey() throws IOException {
        DemoKeys demo = new DemoKeys(keys, "ca".toCharArray());
        Path store = demo.ensure("vanthu", "Lê Văn Cường", "Văn phòng UBND", PIN);
        byte[] first = Files.readAllBytes(store);

        demo.ensure("vanthu", "Lê Văn Cường", "Văn phòng UBND", "other".toCharArray());

        assertThat(Files.readAllBytes(store)).isEqualTo(first);
        new Pkcs12KeySource(keys).unlock("vanthu", PIN);
    }

    @Test
    void twoFirstSigningsAtOnceShareOneCaAndLeaveUsableKeys() throws Exception {
        int threads = 4;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> results = new ArrayList<>();
        try {
            for (int i = 0; i < threads; i++) {
                String holder = i % 2 == 0 ? "chutich" : "phochutich";
                // Separate instances, as two requests would have.
                DemoKeys demo = new DemoKeys(keys, "ca".toCharArray());
                results.add(pool.submit(() -> {
                    start.await();
                    return demo.ensure(holder, "Người ký " + holder, "UBND", PIN);
                }));
            }
            start.countDown();
            for (Future<?> result : results) {
                result.get();
            }
        } finally {
            pool.shutdownNow();
        }

        Pkcs12KeySource source = new Pkcs12KeySource(keys);
        X509Certificate ca = new DemoKeys(keys, "ca".toCharArray()).caCertificate();
        for (String holder : List.of("chutich", "phochutich")) {
            UnlockedKey key = source.unlock(holder, PIN);
            key.chain()[0].verify(ca.getPublicKey());
        }
        try (var listing = Files.list(keys)) {
            assertThat(listing.map(p -> p.getFileName().toString()))
                    .as("no temporary files left")
                    .noneMatch(name -> name.endsWith(".part"));
        }
    }

    @Test
    void holderNamesThatCouldLeaveTheDirectoryAreRefused() {
        Pkcs12KeySource source = new Pkcs12KeySource(keys);
        for (String holder : List.of("../demo-ca", "a/b", "a\\b", ".hidden", "", "x..y", "tên")) {
            assertThatThrownBy(() -> source.unlock(holder, PIN))
                    .as(holder)
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> new DemoKeys(keys, "ca".toCharArray()).ensure("../x", "X", "Y", PIN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> source.unlock("VP-UBND", PIN)).isInstanceOf(NoKeyException.class);
    }

    @Test
    void aWrongPinLeavesTheKeyDirectoryUntouched() throws IOException {
        new DemoKeys(keys, "ca".toCharArray()).ensure("chanhvanphong", "Trần Thị Bình", "UBND", PIN);
        List<String> before = listing();

        assertThatThrownBy(() -> new Pkcs12KeySource(keys).unlock("chanhvanphong", "999999".toCharArray()))
                .isInstanceOf(WrongPinException.class);

        assertThat(listing()).isEqualTo(before);
    }

    private List<String> listing() throws IOException {
        try (var files = Files.list(keys)) {
            return files.map(p -> p.getFileName() + ":" + p.toFile().length() + ":"
                            + p.toFile().lastModified())
                    .sorted()
                    .toList();
        }
    }
}
