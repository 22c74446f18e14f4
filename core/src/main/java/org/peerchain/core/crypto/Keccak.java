package org.peerchain.core.crypto;

import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.types.Hash;

/** Keccak-256 as Ethereum uses it (the original Keccak padding, not SHA3-256). */
public final class Keccak {
  /** keccak256 of the empty string: the code hash of an account without code. */
  public static final Hash EMPTY = hash(Bytes.EMPTY);

  private Keccak() {}

  public static Hash hash(Bytes input) {
    byte[] out = new byte[Keccak256.DIGEST_SIZE];
    input.read((array, offset, length) -> Keccak256.hash(array, offset, length, out, 0));
    return Hash.wrap(out);
  }

  public static Hash hash(byte[] input) {
    return hash(input, 0, input.length);
  }

  public static Hash hash(byte[] input, int offset, int length) {
    byte[] out = new byte[Keccak256.DIGEST_SIZE];
    Keccak256.hash(input, offset, length, out, 0);
    return Hash.wrap(out);
  }
}
