package vn.dieuhanh.dispatch.control;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;

/**
 * A key opened for one signing action, with its certificate chain (signer first). The private key
 * may be a handle into a token that never leaves it (PKCS#11); it is only passed to a
 * {@link java.security.Signature} of the key's provider.
 */
public record UnlockedKey(String holder, PrivateKey privateKey, X509Certificate[] chain, String providerName) {}
