package org.peerchain.node.fork;

import java.util.List;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.types.Address;
import org.peerchain.storage.state.PathSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The forked state's paths, each fetched with eth_getProof at the fork block and verified against
 * its certified state root before the world state stores it. Called on the thread that reads the
 * account (an RPC worker or the pool's admission), within the upstream's call timeout.
 */
public final class ForkPaths implements PathSource {
  private static final Logger LOG = LoggerFactory.getLogger(ForkPaths.class);

  private final UpstreamClient upstream;
  private final CertifiedHeader point;

  public ForkPaths(UpstreamClient upstream, CertifiedHeader point) {
    this.upstream = upstream;
    this.point = point;
  }

  public ProvenAccount prove(Address address) {
    var answer = upstream.call("eth_getProof", address.toHexString(), List.of(), Hex.quantity(point.number()));
    ProvenAccount proven = AccountProofVerifier.verify(point.header().stateRoot(), address, answer);
    LOG.debug("Fork: proved {} at block {}: nonce {}, balance {}", address, point.number(),
        proven.account().nonce(), proven.account().balance());
    return proven;
  }

  @Override
  public List<Bytes> path(Address address) {
    return prove(address).proof();
  }
}
