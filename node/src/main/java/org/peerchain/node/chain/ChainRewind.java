package org.peerchain.node.chain;

import java.util.Collection;
import org.peerchain.core.block.BlockHeader;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.Hash;
import org.peerchain.storage.state.StateCommit;
import org.peerchain.storage.state.StateHead;

/**
 * Takes a dev chain back to an earlier block (evm_revert, anvil_reset): the world state's rows and
 * the chain's in one batch (the chain store's), then the in-memory heads follow. Runs on the
 * consensus thread, between blocks, like a commit.
 */
public final class ChainRewind {
  private ChainRewind() {}

  /**
   * @param alsoRestore addresses that may exist at {@code number} but not at the head (see
   *     {@code WorldState#rewind})
   * @return the new head
   */
  public static BlockHeader to(LocalChain chain, long number, Collection<Address> alsoRestore) {
    Hash hash = chain.chain().blockHashByNumber(number)
        .orElseThrow(() -> new IllegalArgumentException("no block " + number));
    BlockHeader header = chain.chain().header(hash).orElseThrow();
    StateCommit state = chain.state().rewind(new StateHead(number, header.stateRoot()), alsoRestore);
    chain.chain().rewindTo(number, state);
    chain.state().onRewound(state);
    chain.advance(header);
    return header;
  }
}
