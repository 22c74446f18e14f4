package org.peerchain.p2p.gossip;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs the node's callbacks so that a failing one is logged and never breaks a connection. */
public final class Callbacks {
  private static final Logger LOG = LoggerFactory.getLogger(Callbacks.class);

  private Callbacks() {}

  public static void safely(String what, Runnable call) {
    try {
      call.run();
    } catch (RuntimeException e) {
      LOG.error("The node's {} callback failed", what, e);
    }
  }
}
