package org.peerchain.core.crypto;

import org.peerchain.core.types.Address;

public record KeyPair(PrivateKey privateKey, PublicKey publicKey) {
  public Address address() {
    return publicKey.address();
  }

  @Override
  public String toString() {
    return "KeyPair[" + address() + "]";
  }
}
