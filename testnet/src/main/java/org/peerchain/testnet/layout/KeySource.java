package org.peerchain.testnet.layout;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.crypto.Keccak;
import org.peerchain.core.crypto.PrivateKey;

/** Where node and validator keys come from: fresh randomness, or a seed for repeatable tests. */
@FunctionalInterface
public interface KeySource {

  /** @param purpose what the key is for ("node", "validator"), so one seed gives distinct keys */
  PrivateKey key(String purpose, int index);

  static KeySource random() {
    SecureRandom random = new SecureRandom();
    return (purpose, index) -> PrivateKey.random(random);
  }

  /** keccak256("peerchain-testnet/SEED/PURPOSE/INDEX"), retried with a counter in the 2^-128 case of no valid scalar. */
  static KeySource seeded(long seed) {
    return (purpose, index) -> {
      for (int attempt = 0; ; attempt++) {
        String label = "peerchain-testnet/" + seed + "/" + purpose + "/" + index + (attempt == 0 ? "" : "/" + attempt);
        Bytes digest = Keccak.hash(Bytes.wrap(label.getBytes(StandardCharsets.UTF_8))).bytes();
        try {
          return PrivateKey.fromBytes(digest);
        } catch (IllegalArgumentException outOfRange) {
          // Next attempt.
        }
      }
    };
  }
}
