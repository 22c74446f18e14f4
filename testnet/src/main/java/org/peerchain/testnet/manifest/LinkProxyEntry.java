package org.peerchain.testnet.manifest;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * The link proxy of a testnet made with {@code --link-faults}: its nodes reach each other only
 * through it.
 *
 * @param pid the proxy process last started, empty when stopped
 */
public record LinkProxyEntry(OptionalLong pid) {
  public LinkProxyEntry {
    Objects.requireNonNull(pid, "pid");
  }

  public static LinkProxyEntry stopped() {
    return new LinkProxyEntry(OptionalLong.empty());
  }
}
