package org.peerchain.rpc.explorer;

import org.peerchain.core.types.Hash;
import org.peerchain.rpc.api.ChainAccess;

/**
 * The search box: finds what an input names and answers where to go. A number is a block, a
 * 64-digit hash a transaction (committed or pooled) or else a block, a 40-digit one an address.
 */
final class SearchPage {
  private final ExplorerSources sources;

  SearchPage(ExplorerSources sources) {
    this.sources = sources;
  }

  /** The page to redirect to, built from the parsed value. */
  String target(String raw) {
    String input = Inputs.bounded(raw);
    if (input.isEmpty()) {
      return Links.ROOT;
    }
    ChainAccess chain = sources.chain();
    Inputs.Query query = Inputs.query(input);
    if (query instanceof Inputs.Query.BlockNumber n) {
      long head = chain.head().number();
      if (n.number() > head) {
        throw ExplorerException.notFound("There is no block " + n.number() + " yet: the head is block " + head + ".");
      }
      return Links.block(n.number());
    }
    if (query instanceof Inputs.Query.AnAddress a) {
      return Links.address(a.address());
    }
    Hash hash = ((Inputs.Query.AnyHash) query).hash();
    if (chain.txLocation(hash).isPresent() || sources.pool().pendingTransaction(hash).isPresent()) {
      return Links.tx(hash);
    }
    if (chain.header(hash).isPresent()) {
      return Links.block(hash);
    }
    throw ExplorerException.notFound("No block or transaction with hash " + hash.toHexString()
        + " is known to this node.");
  }
}
