package org.peerchain.core.types;

import java.nio.charset.StandardCharsets;
import org.bouncycastle.crypto.digests.KeccakDigest;
import org.peerchain.core.bytes.Bytes;

/**
 * The EIP-55 mixed-case form of an address. It hashes with the Keccak digest itself rather than
 * through {@code core.crypto.Keccak}: the value types sit below crypto, which builds on them.
 */
final class Eip55 {
  private static final ThreadLocal<KeccakDigest> DIGEST = ThreadLocal.withInitial(() -> new KeccakDigest(256));

  private Eip55() {}

  /** {@code 0x} and the hex digits, each upper case where the matching nibble of keccak(lower-case hex) is >= 8. */
  static String encode(Bytes address) {
    String lower = address.toHexString().substring(2);
    byte[] digest = keccak(lower.getBytes(StandardCharsets.US_ASCII));
    char[] out = new char[2 + lower.length()];
    out[0] = '0';
    out[1] = 'x';
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      int nibble = ((digest[i / 2] & 0xff) >>> ((i % 2 == 0) ? 4 : 0)) & 0xf;
      out[2 + i] = (c >= 'a' && nibble >= 8) ? Character.toUpperCase(c) : c;
    }
    return new String(out);
  }

  private static byte[] keccak(byte[] input) {
    KeccakDigest digest = DIGEST.get();
    digest.update(input, 0, input.length);
    byte[] out = new byte[32];
    // doFinal also resets the digest for the next caller on this thread.
    digest.doFinal(out, 0);
    return out;
  }
}
