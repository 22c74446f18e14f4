package org.peerchain.node.fork;

import java.util.Objects;
import org.peerchain.consensus.bft.message.SigningDomain;
import org.peerchain.core.block.BlockHeader;

/** A header whose finality was checked: genesis by its hash, any other block by its commit certificate. */
public record CertifiedHeader(BlockHeader header, SigningDomain domain) {
  public CertifiedHeader {
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(domain, "domain");
  }

  public long number() {
    return header.number();
  }
}
