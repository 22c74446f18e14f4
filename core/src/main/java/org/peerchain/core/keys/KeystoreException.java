package org.peerchain.core.keys;

/**
 * A keystore file could not be read, decrypted or written. Messages name the problem and, for
 * malformed input, the JSON field; they never carry the password or key material.
 */
public final class KeystoreException extends RuntimeException {

  /** What went wrong, so a CLI or RPC layer can map it without parsing the message. */
  public enum Reason {
    /** The MAC did not match: the password is wrong (or the file was tampered with). */
    WRONG_PASSWORD,
    /** A version, kdf, prf or cipher we do not implement. */
    UNSUPPORTED,
    /** Not JSON, or a field is missing or has the wrong form. */
    MALFORMED,
    /** KDF parameters beyond what we agree to compute (see {@link Kdf}). */
    LIMIT_EXCEEDED,
    /** The file decrypts, but to a key whose address is not the one the file states. */
    ADDRESS_MISMATCH
  }

  /** geth's wording, so users who search for it find the usual answer. */
  static final String WRONG_PASSWORD_MESSAGE = "could not decrypt key with given password";

  private final Reason reason;

  public KeystoreException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public KeystoreException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  static KeystoreException wrongPassword() {
    return new KeystoreException(Reason.WRONG_PASSWORD, WRONG_PASSWORD_MESSAGE);
  }

  static KeystoreException malformed(String field, String problem) {
    return new KeystoreException(Reason.MALFORMED, "keystore field \"" + field + "\" " + problem);
  }

  public Reason reason() {
    return reason;
  }
}
