package vn.dieuhanh.dispatch.control;

/**
 * Where signing keys live. PKCS#12 files ({@link Pkcs12KeySource}) today; a PKCS#11 token (a USB
 * token) is a second implementation of this interface, nothing else changes.
 */
public interface KeySource {

    /**
     * Unlocks the key of a holder: a person (by user name) or an organisation's seal (by unit
     * code), with the PIN or secret the holder gives at the moment of signing.
     *
     * @throws WrongPinException if the secret does not open the key; nothing is signed
     * @throws NoKeyException if the holder has no key here
     */
    UnlockedKey unlock(String holder, char[] pin);
}
