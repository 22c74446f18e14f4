package org.peerchain.core.crypto;

import org.bouncycastle.crypto.digests.KeccakDigest;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.types.Hash;

/**
 * Keccak-256 as Ethereum uses it (the original Keccak padding, not SHA3-256). One digest per thread
 * is reused: creating a digest costs more than hashing a 32-byte input.
 */
public final class Keccak {
  private static final ThreadLocal<KeccakDigest> DIGEST = ThreadLocal.withInitial(() -> new KeccakDigest(256));

  /** keccak256 of the empty string: the code hash of an account without code. */
  public static final Hash EMPTY = hash(Bytes.EMPTY);

  private Keccak() {}

  public static Hash hash(Bytes input) {
    KeccakDigest digest = DIGEST.get();
    input.read(digest::update);
    return finish(digest);
  }

  public static Hash hash(byte[] input) {
    return hash(input, 0, input.length);
  }

  public static Hash hash(byte[] input, int offset, int length) {
    KeccakDigest digest = DIGEST.get();
    digest.update(input, offset, length);
    return finish(digest);
  }

  private static Hash finish(KeccakDigest digest) {
    byte[] out = new byte[32];
    // doFinal also resets the digest, leaving it ready for the next caller on this thread.
    digest.doFinal(out, 0);
    return Hash.wrap(out);
  }
}
