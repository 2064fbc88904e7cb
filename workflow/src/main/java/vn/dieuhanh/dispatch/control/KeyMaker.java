package vn.dieuhanh.dispatch.control;

import java.security.cert.X509Certificate;

/**
 * Makes a holder's key the first time it is needed, where no real CA issues keys: the demo
 * provides one (in {@code vn.dieuhanh.demo}); a production server has none and its keys are put in
 * the key directory beforehand. {@link Signing} uses it only when {@code dieuhanh.keys.demo} is on.
 */
public interface KeyMaker {

    /** A person's key and signature image, created if the holder has none (an existing key is kept). */
    void ensurePerson(String user, String displayName, String organisation);

    /** An organisation's seal key and image, created under the server's seal secret if missing. */
    void ensureSeal(String unitCode, String organisation, char[] sealSecret);

    /** The CA the keys it makes chain to, trusted when verifying. */
    X509Certificate root();
}
