package org.peerchain.testnet.check;

import java.util.Map;

/** The heads of the nodes that answered at {@code atMs} (ms since chaos began). */
public record HeadSample(long atMs, Map<String, Long> heads) {
  public HeadSample {
    heads = Map.copyOf(heads);
  }
}
