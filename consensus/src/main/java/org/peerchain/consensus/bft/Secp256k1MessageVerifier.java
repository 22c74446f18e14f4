package org.peerchain.consensus.bft;

import org.peerchain.core.crypto.PublicKey;
import org.peerchain.core.crypto.Secp256k1;
import org.peerchain.core.crypto.Signature;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.Hash;

/**
 * Verifies by recovering the public key and comparing its address. High s is refused: our signers
 * never produce it, and accepting both forms would give every vote a second, byte-different twin.
 */
final class Secp256k1MessageVerifier implements MessageVerifier {
  private final Secp256k1 secp = Secp256k1.get();

  @Override
  public boolean verify(Hash signingHash, Signature signature, Address signer) {
    if (!signature.isLowS()) {
      return false;
    }
    return secp.recover(signingHash, signature).map(PublicKey::address).filter(signer::equals).isPresent();
  }
}
