package org.peerchain.core.crypto;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Picks the implementation once per process and says which one in the log. */
final class Secp256k1Selector {
  private static final Logger LOG = LoggerFactory.getLogger(Secp256k1Selector.class);

  private Secp256k1Selector() {}

  private static final class Holder {
    static final Secp256k1 SELECTED = choose();
  }

  static Secp256k1 selected() {
    return Holder.SELECTED;
  }

  private static Secp256k1 choose() {
    Secp256k1 chosen = new BouncyCastleSecp256k1();
    LOG.info("secp256k1: using {}", chosen.name());
    return chosen;
  }
}
