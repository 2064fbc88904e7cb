package vn.dieuhanh.demo.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.dieuhanh.dispatch.control.KeyMaker;

/**
 * The demo's keys for signing, made on first use by the demo CA with the demo PIN; each says on
 * its face that it has no legal value. Dispatch sees only {@link KeyMaker}, so it knows no demo.
 */
@ApplicationScoped
public class DemoKeyMaker implements KeyMaker {

    @Inject
    @ConfigProperty(name = "dieuhanh.keys.dir")
    String keysDirectory;

    @Inject
    @ConfigProperty(name = "dieuhanh.keys.demo-pin", defaultValue = "123456")
    String pin;

    @Inject
    @ConfigProperty(name = "dieuhanh.keys.demo-ca-secret", defaultValue = "demo-ca-secret")
    String caSecret;

    private DemoKeys keys;

    @PostConstruct
    void open() {
        keys = new DemoKeys(Path.of(keysDirectory), caSecret.toCharArray());
    }

    @Override
    public void ensurePerson(String user, String displayName, String organisation) {
        keys.ensure(user, displayName, organisation, pin.toCharArray());
    }

    @Override
    public void ensureSeal(String unitCode, String organisation, char[] sealSecret) {
        keys.ensureSeal(unitCode, organisation, sealSecret);
    }

    @Override
    public X509Certificate root() {
        return keys.caCertificate();
    }

    /** The PIN every demo key opens with, which the demo's own signers type. */
    public String pin() {
        return pin;
    }
}
