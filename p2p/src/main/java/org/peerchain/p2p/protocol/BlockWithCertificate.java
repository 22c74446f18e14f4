package org.peerchain.p2p.protocol;

import java.util.Objects;
import org.peerchain.core.block.Block;
import org.peerchain.core.block.CommitCertificate;

/** A finalized block and the certificate that finalized it; genesis has none and is never sent. */
public record BlockWithCertificate(Block block, CommitCertificate certificate) {
  public BlockWithCertificate {
    Objects.requireNonNull(block, "block");
    Objects.requireNonNull(certificate, "certificate");
  }
}
