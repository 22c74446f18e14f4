package org.peerchain.node.rpc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peerchain.core.block.BlockHeader;
import org.peerchain.core.keys.DevAccounts;
import org.peerchain.core.tx.Transaction;
import org.peerchain.core.tx.TransactionSigner;
import org.peerchain.core.tx.TransactionType;
import org.peerchain.core.tx.UnsignedTransaction;
import org.peerchain.core.types.Hash;
import org.peerchain.core.types.UInt256;
import org.peerchain.node.events.NodeEvent.HeadAdvanced;
import org.peerchain.node.events.NodeEvent.TxAdmitted;
import org.peerchain.node.events.NodeEvents;
import org.peerchain.rpc.api.ChainEvents.Registration;
import org.peerchain.rpc.api.NewHead;

class NodeChainEventsTest {
  private final NodeEvents events = new NodeEvents();
  private final NodeChainEvents rpcEvents = new NodeChainEvents(events);

  @Test
  void newHeadsAreTheHeadsTheNodeAdvancedTo() {
    List<NewHead> heads = new ArrayList<>();
    Registration r = rpcEvents.onNewHead(heads::add);
    BlockHeader header = BlockHeader.builder().number(7).baseFeePerGas(UInt256.ONE).build();
    events.publish(new HeadAdvanced(header));
    r.close();
    events.publish(new HeadAdvanced(header));
    assertThat(heads).containsExactly(NewHead.of(header));
  }

  @Test
  void pendingTransactionsAreTheHashesOfAdmittedOnes() {
    List<Hash> hashes = new ArrayList<>();
    rpcEvents.onNewPendingTransaction(hashes::add);
    Transaction tx = TransactionSigner.sign(UnsignedTransaction.builder(TransactionType.LEGACY).nonce(0)
        .gasPrice(UInt256.ONE).gasLimit(21_000).to(DevAccounts.account(1).address()).value(UInt256.ONE).build(),
        1337, DevAccounts.account(0).privateKey());
    events.publish(new TxAdmitted(tx));
    events.publish(new HeadAdvanced(BlockHeader.builder().number(1).baseFeePerGas(UInt256.ONE).build()));
    assertThat(hashes).containsExactly(tx.hash());
  }
}
