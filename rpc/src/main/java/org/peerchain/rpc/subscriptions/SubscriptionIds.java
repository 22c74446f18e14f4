package org.peerchain.rpc.subscriptions;

import java.security.SecureRandom;
import org.peerchain.core.bytes.Hex;

/** Random 16-byte ids, as geth's: unguessable, so one client cannot cancel another's. */
public final class SubscriptionIds {
  private static final SecureRandom RANDOM = new SecureRandom();

  private SubscriptionIds() {}

  public static String next() {
    byte[] id = new byte[16];
    RANDOM.nextBytes(id);
    return Hex.encode(id);
  }
}
