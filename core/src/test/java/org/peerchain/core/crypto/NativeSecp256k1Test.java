package org.peerchain.core.crypto;

class NativeSecp256k1Test extends Secp256k1Contract {
  private static final Secp256k1 SECP = NativeSecp256k1.load();

  @Override
  Secp256k1 secp() {
    return SECP;
  }
}
