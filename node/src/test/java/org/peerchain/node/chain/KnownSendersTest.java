package org.peerchain.node.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.peerchain.core.block.Block;
import org.peerchain.core.block.BlockBody;
import org.peerchain.core.block.BlockCodec;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.keys.DevAccounts;
import org.peerchain.core.tx.Transaction;
import org.peerchain.core.tx.TransactionSigner;
import org.peerchain.core.tx.TransactionType;
import org.peerchain.core.tx.UnsignedTransaction;
import org.peerchain.core.types.UInt256;
import org.peerchain.node.dev.DevChain;
import org.peerchain.storage.kv.InMemoryKeyValueStore;
import org.peerchain.storage.schema.Schema;
import org.peerchain.storage.state.StatePruning;
import org.peerchain.storage.state.WorldState;

class KnownSendersTest {
  private static Transaction transfer(int from, long nonce) {
    UnsignedTransaction body = UnsignedTransaction.builder(TransactionType.DYNAMIC_FEE).nonce(nonce)
        .maxPriorityFeePerGas(UInt256.ONE).maxFeePerGas(UInt256.valueOf(10_000_000_000L)).gasLimit(21_000)
        .to(DevAccounts.account(9).address()).value(UInt256.ONE).data(Bytes.EMPTY).build();
    return TransactionSigner.sign(body, 1337, DevAccounts.account(from).privateKey());
  }

  @Test
  void pooledCopiesStandInAndTheBlockStaysTheSame() {
    Transaction pooled = transfer(0, 0);
    pooled.sender(); // recovered on admission
    Transaction unknown = transfer(1, 0);
    var genesis = DevChain.genesis(1337, DevChain.accounts(2), DevChain.ethToWei(java.math.BigInteger.ONE), 0, 10_000, 0);
    Block any = org.peerchain.consensus.execution.GenesisBlock.build(genesis,
        WorldState.open(InMemoryKeyValueStore.create(Schema.ALL), StatePruning.archive())).block();
    // The proposal as the network delivers it: decoded from bytes, so new objects.
    Block received = BlockCodec.decode(BlockCodec.encode(new Block(any.header(), new BlockBody(List.of(pooled, unknown)))));
    assertThat(received.transactions().get(0)).isNotSameAs(pooled);

    Block reused = new KnownSenders(hash -> Optional.ofNullable(Map.of(pooled.hash(), pooled).get(hash))).reuse(received);

    assertThat(reused.hash()).isEqualTo(received.hash());
    assertThat(BlockCodec.encode(reused)).isEqualTo(BlockCodec.encode(received));
    assertThat(reused.transactions().get(0)).isSameAs(pooled);
    assertThat(reused.transactions().get(1)).isSameAs(received.transactions().get(1));
  }

  @Test
  void aBlockWithNothingPooledIsReturnedAsItIs() {
    var genesis = DevChain.genesis(1337, DevChain.accounts(2), DevChain.ethToWei(java.math.BigInteger.ONE), 0, 10_000, 0);
    Block block = org.peerchain.consensus.execution.GenesisBlock.build(genesis,
        WorldState.open(InMemoryKeyValueStore.create(Schema.ALL), StatePruning.archive())).block();
    assertThat(new KnownSenders(hash -> Optional.empty()).reuse(block)).isSameAs(block);
  }
}
