package org.peerchain.node.fork;

import java.net.URI;
import java.util.Objects;
import org.peerchain.core.block.Block;
import org.peerchain.core.genesis.Genesis;

/**
 * A verified fork point and what the node needs to run a chain on top of it: the local genesis
 * record and block 0 (see {@link LocalForkGenesis}) and the source of the forked state's paths.
 */
public record ForkedChain(URI upstream, CertifiedHeader point, Genesis localGenesis, Block localBlockZero, ForkPaths paths) {
  public ForkedChain {
    Objects.requireNonNull(upstream, "upstream");
    Objects.requireNonNull(point, "point");
    Objects.requireNonNull(localGenesis, "localGenesis");
    Objects.requireNonNull(localBlockZero, "localBlockZero");
    Objects.requireNonNull(paths, "paths");
  }
}
