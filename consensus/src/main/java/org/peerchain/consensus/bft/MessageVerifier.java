package org.peerchain.consensus.bft;

import org.peerchain.consensus.bft.message.ConsensusMessage;
import org.peerchain.consensus.bft.message.SigningBytes;
import org.peerchain.consensus.bft.message.SigningDomain;
import org.peerchain.core.crypto.Signature;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.Hash;

/** Decides whether a signature over a signing hash was made by a claimed address. Injectable for tests. */
@FunctionalInterface
public interface MessageVerifier {
  boolean verify(Hash signingHash, Signature signature, Address signer);

  default boolean verify(SigningDomain domain, ConsensusMessage message) {
    return verify(SigningBytes.of(domain, message), message.signature(), message.signer());
  }

  /** secp256k1 recovery (native where available), accepting only low-s signatures. */
  static MessageVerifier secp256k1() {
    return new Secp256k1MessageVerifier();
  }
}
