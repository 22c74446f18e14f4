package org.peerchain.node.producer;

import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;
import org.peerchain.core.block.BlockHeader;
import org.peerchain.core.types.Address;
import org.peerchain.storage.state.Account;

/**
 * A block a dev chain is asked for outright (evm_mine, or a cheat's block), completed with its
 * header once it is the head.
 *
 * @param timestamp the block's timestamp; empty: the dev clock's next one
 * @param withTransactions whether it takes the pool's executable transactions (evm_mine) or none (a
 *     cheat's block: anvil_setBalance must not mine what the user left pending)
 * @param changes accounts changed outright after the transactions, each from its value at the parent
 *     (applied on the consensus thread, so a block between the request and this one loses nothing)
 * @param label why the block exists, in its extraData (at most 32 bytes)
 */
public record DevOrder(OptionalLong timestamp, boolean withTransactions, Map<Address, UnaryOperator<Account>> changes,
    String label, CompletableFuture<BlockHeader> done) {
  public DevOrder {
    Objects.requireNonNull(timestamp, "timestamp");
    changes = Map.copyOf(changes);
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(done, "done");
  }

  public static DevOrder mine(OptionalLong timestamp) {
    return new DevOrder(timestamp, true, Map.of(), "", new CompletableFuture<>());
  }

  public static DevOrder cheat(String label, Map<Address, UnaryOperator<Account>> changes) {
    return new DevOrder(OptionalLong.empty(), false, changes, label, new CompletableFuture<>());
  }
}
