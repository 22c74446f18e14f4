package org.peerchain.rpc.methods.eth;

import java.util.Optional;
import org.peerchain.core.block.Block;
import org.peerchain.core.block.BlockHeader;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.Hash;
import org.peerchain.rpc.api.ChainAccess;
import org.peerchain.rpc.methods.RpcException;
import org.peerchain.rpc.params.BlockParameter;
import org.peerchain.storage.state.Account;
import org.peerchain.storage.state.StateUnavailableException;

/**
 * Turns block parameters into blocks. Every committed block is final, so latest, safe, finalized
 * and (for reads of mined data) pending all mean the head. Block reads answer "not found" with
 * empty (the method returns null); state reads fail with geth's -32000 messages instead.
 */
public final class BlockResolver {
  private final ChainAccess chain;

  public BlockResolver(ChainAccess chain) {
    this.chain = chain;
  }

  public ChainAccess chain() {
    return chain;
  }

  public Optional<BlockHeader> header(BlockParameter p) {
    if (p instanceof BlockParameter.Tag tag) {
      return tag == BlockParameter.Tag.EARLIEST ? chain.header(chain.earliest()) : Optional.of(chain.head());
    }
    if (p instanceof BlockParameter.Number n) {
      return chain.header(n.number());
    }
    BlockParameter.ByHash h = (BlockParameter.ByHash) p;
    Optional<BlockHeader> header = chain.header(h.hash());
    header.ifPresent(found -> requireCanonical(h, found));
    return header;
  }

  public Optional<Block> block(BlockParameter p) {
    if (p instanceof BlockParameter.Tag tag) {
      return tag == BlockParameter.Tag.EARLIEST ? chain.block(chain.earliest()) : chain.block(chain.head().hash());
    }
    if (p instanceof BlockParameter.Number n) {
      return chain.block(n.number());
    }
    BlockParameter.ByHash h = (BlockParameter.ByHash) p;
    Optional<Block> block = chain.block(h.hash());
    block.ifPresent(found -> requireCanonical(h, found.header()));
    return block;
  }

  /** The header a state read is answered at, or the error geth gives when there is none. */
  public BlockHeader headerForState(BlockParameter p) {
    return header(p).orElseThrow(() -> RpcException.server(
        p instanceof BlockParameter.ByHash ? "header for hash not found" : "header not found"));
  }

  /** The account at the block; the head's flat index for the tags that mean the head. */
  public Account account(Address address, BlockParameter p) {
    if (p instanceof BlockParameter.Tag tag && tag != BlockParameter.Tag.EARLIEST) {
      return chain.account(address);
    }
    Hash root = headerForState(p).stateRoot();
    try {
      return chain.account(address, root);
    } catch (StateUnavailableException e) {
      throw RpcException.server(e.getMessage());
    }
  }

  private void requireCanonical(BlockParameter.ByHash p, BlockHeader found) {
    if (p.requireCanonical() && !chain.canonicalHash(found.number()).map(p.hash()::equals).orElse(false)) {
      throw RpcException.server("hash is not currently canonical");
    }
  }
}
