package org.peerchain.node.fork;

import java.net.URI;
import java.util.Objects;
import java.util.OptionalLong;
import org.peerchain.core.types.Address;

/**
 * How to fork: the upstream, the block (empty: its head), what is trusted, and the local chain's
 * own parameters (chain id override, block periods, the dev validator that extends the fork).
 */
public record ForkSettings(
    URI url,
    OptionalLong block,
    TrustAnchor anchor,
    OptionalLong chainId,
    UpstreamLimits limits,
    long blockPeriodMs,
    long emptyBlockPeriodMs,
    Address validator) {
  public ForkSettings {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(block, "block");
    Objects.requireNonNull(anchor, "anchor");
    Objects.requireNonNull(chainId, "chainId");
    Objects.requireNonNull(limits, "limits");
    Objects.requireNonNull(validator, "validator");
    if (block.isPresent() && block.getAsLong() < 0) {
      throw new IllegalArgumentException("fork block must not be negative, got " + block.getAsLong());
    }
  }
}
