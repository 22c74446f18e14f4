package org.peerchain.core.crypto;

class BouncyCastleSecp256k1Test extends Secp256k1Contract {
  private static final Secp256k1 SECP = new BouncyCastleSecp256k1();

  @Override
  Secp256k1 secp() {
    return SECP;
  }
}
