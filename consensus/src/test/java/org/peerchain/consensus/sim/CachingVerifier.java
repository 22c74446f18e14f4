package org.peerchain.consensus.sim;

import java.util.HashMap;
import java.util.Map;
import org.peerchain.consensus.bft.MessageVerifier;
import org.peerchain.core.crypto.Signature;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.Hash;

/**
 * The real secp256k1 verifier, remembering answers: in the simulation every message is checked by
 * every other validator and again inside certificates, but it only needs to be recovered once.
 */
final class CachingVerifier implements MessageVerifier {
  private record Key(Hash hash, Signature signature, Address signer) {}

  private static final int MAX_ENTRIES = 200_000;
  private final MessageVerifier real = MessageVerifier.secp256k1();
  private final Map<Key, Boolean> known = new HashMap<>();

  @Override
  public boolean verify(Hash signingHash, Signature signature, Address signer) {
    if (known.size() > MAX_ENTRIES) {
      known.clear();
    }
    return known.computeIfAbsent(new Key(signingHash, signature, signer),
        k -> real.verify(k.hash(), k.signature(), k.signer()));
  }
}
