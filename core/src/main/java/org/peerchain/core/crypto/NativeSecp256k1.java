package org.peerchain.core.crypto;

import fr.acinq.secp256k1.Secp256k1Exception;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Optional;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.types.Hash;

/**
 * secp256k1 through libsecp256k1 (ACINQ's secp256k1-kmp JNI binding), which extracts the shared
 * library for this platform from its jar on first use. Obtain it with {@link #load()}.
 *
 * <p>It agrees with {@link BouncyCastleSecp256k1} bit for bit: libsecp256k1 signs with RFC 6979
 * (HMAC-SHA256, no extra entropy) and emits low s, and its {@code ecdsa_recover} does not check
 * s against n/2, so high-s signatures recover the same key the pure-Java path gives.
 */
public final class NativeSecp256k1 implements Secp256k1 {
  private final fr.acinq.secp256k1.Secp256k1 lib;

  private NativeSecp256k1(fr.acinq.secp256k1.Secp256k1 lib) {
    this.lib = lib;
  }

  /**
   * Loads the native library and checks that it computes correctly.
   *
   * @throws NativeLibraryUnavailableException when it cannot be loaded on this platform for any
   *     reason (no binary for the OS or CPU, extraction failed, the link failed, a wrong result)
   */
  public static NativeSecp256k1 load() {
    fr.acinq.secp256k1.Secp256k1 lib;
    try {
      // The binding loads in its static initializer, so a failure may arrive as any exception
      // (even a checked one from its reflective loader) or as a LinkageError.
      lib = fr.acinq.secp256k1.Secp256k1.Companion.get();
    } catch (Exception | LinkageError e) {
      throw new NativeLibraryUnavailableException(e);
    }
    NativeSecp256k1 loaded = new NativeSecp256k1(lib);
    loaded.selfTest();
    return loaded;
  }

  /** 1·G must come out as the generator: catches a library that links but computes garbage. */
  private void selfTest() {
    byte[] one = new byte[32];
    one[31] = 1;
    byte[] g;
    try {
      g = lib.pubkeyCreate(one);
    } catch (RuntimeException | LinkageError e) {
      throw new NativeLibraryUnavailableException(e);
    }
    if (!Arrays.equals(g, Curve.DOMAIN.getG().getEncoded(false))) {
      throw new NativeLibraryUnavailableException(
          new IllegalStateException("self-test failed: 1·G is not the generator"));
    }
  }

  @Override
  public String name() {
    return "native libsecp256k1";
  }

  @Override
  public PublicKey publicKey(PrivateKey key) {
    // The binding returns the 65-byte 0x04‖x‖y form; PublicKey slices the tag off without a copy.
    return PublicKey.fromBytes(Bytes.wrap(lib.pubkeyCreate(key.bytes().toArray())));
  }

  @Override
  public Signature sign(Hash messageHash, PrivateKey key) {
    byte[] message = messageHash.toArray();
    byte[] secret = key.bytes().toArray();
    byte[] compact = lib.sign(message, secret, null);
    byte[] expected = lib.pubkeyCreate(secret);
    Arrays.fill(secret, (byte) 0);
    // The binding signs without a recovery id; it is the one that gives our key back.
    for (int id = 0; id < 2; id++) {
      byte[] recovered = recoverRaw(compact, message, id);
      if (recovered != null && Arrays.equals(recovered, expected)) {
        BigInteger r = new BigInteger(1, compact, 0, 32);
        BigInteger s = new BigInteger(1, compact, 32, 32);
        return new Signature(r, s, id);
      }
    }
    throw new IllegalStateException("no recovery id reproduces the signing key");
  }

  @Override
  public Optional<PublicKey> recover(Hash messageHash, Signature signature) {
    byte[] recovered = recoverRaw(signature.toCompact(), messageHash.toArray(), signature.recoveryId());
    return recovered == null ? Optional.empty() : Optional.of(PublicKey.fromBytes(Bytes.wrap(recovered)));
  }

  /**
   * The 65-byte uncompressed key, or null when no key exists for the signature: the binding
   * reports that (r not an x on the curve, the result at infinity) by throwing.
   */
  private byte[] recoverRaw(byte[] compact, byte[] message, int recoveryId) {
    try {
      return lib.ecdsaRecover(compact, message, recoveryId);
    } catch (Secp256k1Exception noKey) {
      return null;
    }
  }

  /** The native library cannot be used on this machine; the cause says why. */
  public static final class NativeLibraryUnavailableException extends RuntimeException {
    NativeLibraryUnavailableException(Throwable cause) {
      super("native libsecp256k1 is unavailable: " + reason(cause), cause);
    }

    /** The innermost cause as "Type: message": the wrappers a static initializer adds say nothing. */
    static String reason(Throwable t) {
      Throwable root = t;
      while (root.getCause() != null && root.getCause() != root) {
        root = root.getCause();
      }
      String message = root.getMessage();
      return root.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
  }
}
