package org.peerchain.consensus.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerchain.consensus.execution.TestChain.ETHER;
import static org.peerchain.consensus.execution.TestChain.GWEI;
import static org.peerchain.consensus.execution.TestChain.USERS;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peerchain.core.block.Block;
import org.peerchain.core.block.BlockBody;
import org.peerchain.core.block.BlockCodec;
import org.peerchain.core.block.BlockHeader;
import org.peerchain.core.block.BlockHeaderCodec;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.tx.Transaction;
import org.peerchain.core.tx.TransactionEncoder;
import org.peerchain.core.tx.TransactionType;
import org.peerchain.core.tx.UnsignedTransaction;
import org.peerchain.core.types.UInt256;

class BlockSizeTest {
  private static final BlockHeader HEADER = BlockHeader.builder().number(5).gasLimit(30_000_000).gasUsed(63_000)
      .timestamp(1_700_000_000L).baseFeePerGas(GWEI).build();

  @Test
  void equalsTheEncodedLengthOfBlocksOfEveryShape() {
    List<Transaction> txs = new ArrayList<>();
    assertSameAsEncoding(txs);
    for (TransactionType type : TransactionType.values()) {
      txs.add(tx(type, Bytes.EMPTY));
      assertSameAsEncoding(txs);
    }
    // A memo long enough for long-form RLP headers inside and around the transaction.
    txs.add(tx(TransactionType.DYNAMIC_FEE, Bytes.wrap(new byte[70_000])));
    txs.add(tx(TransactionType.LEGACY, Bytes.wrap(new byte[300])));
    assertSameAsEncoding(txs);
  }

  @Test
  void theHeaderBoundCoversTheLongestPeerchainHeader() {
    BlockHeader longest = HEADER.toBuilder().number(Long.MAX_VALUE).gasLimit(Long.MAX_VALUE).gasUsed(Long.MAX_VALUE)
        .timestamp(Long.MAX_VALUE).extraData(Bytes.wrap(new byte[32])).baseFeePerGas(UInt256.MAX_VALUE).build();
    assertThat(BlockHeaderCodec.encode(longest).size()).isEqualTo(BlockSize.HEADER_BOUND);
    assertThat(BlockHeaderCodec.encode(HEADER).size()).isLessThan(BlockSize.HEADER_BOUND);
    assertThat(BlockSize.MIN_LIMIT).isGreaterThan(BlockSize.HEADER_BOUND);
  }

  private static void assertSameAsEncoding(List<Transaction> txs) {
    Block block = new Block(HEADER, new BlockBody(txs));
    assertThat(BlockSize.of(block)).isEqualTo(BlockCodec.encode(block).size());
    for (Transaction tx : txs) {
      assertThat(BlockSize.transactionItem(tx)).isEqualTo(TransactionEncoder.encodeForNetwork(tx).size());
    }
  }

  private static Transaction tx(TransactionType type, Bytes data) {
    UnsignedTransaction.Builder body = UnsignedTransaction.builder(type).nonce(1).gasLimit(2_000_000)
        .to(USERS.get(1)).value(ETHER).data(data);
    if (type == TransactionType.DYNAMIC_FEE) {
      body.maxPriorityFeePerGas(GWEI).maxFeePerGas(GWEI.multiply(3));
    } else {
      body.gasPrice(GWEI);
    }
    return TestChain.sign(0, body.build());
  }
}
