package org.peerchain.consensus.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.peerchain.consensus.execution.TestChain.ETHER;
import static org.peerchain.consensus.execution.TestChain.USERS;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.peerchain.core.block.Block;
import org.peerchain.core.block.BlockBody;
import org.peerchain.core.block.BlockHeader;
import org.peerchain.core.tx.Transaction;
import org.peerchain.core.types.Address;

class SenderRecoveryTest {
  private static final List<Transaction> TXS = transactions(100);

  @Test
  void parallelRecoveryFindsEverySender() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Transaction> fresh = fresh();
      SenderRecovery.on(pool, 3).recover(fresh);
      for (int i = 0; i < fresh.size(); i++) {
        assertThat(fresh.get(i).sender()).contains(USERS.get(i % USERS.size()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void theWorkIsSharedWithThePool() throws Exception {
    AtomicInteger tasks = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
      tasks.incrementAndGet();
      return new Thread(r);
    });
    try {
      SenderRecovery.on(pool, 3).recover(fresh());
      assertThat(tasks.get()).isEqualTo(2);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aShutDownPoolLeavesTheWorkToTheCaller() {
    ExecutorService pool = Executors.newSingleThreadExecutor();
    pool.shutdownNow();
    List<Transaction> fresh = fresh();
    SenderRecovery.on(pool, 2).recover(fresh);
    assertThat(fresh).extracting(Transaction::sender).doesNotContain(Optional.<Address>empty());
  }

  @Test
  void sequentialAndEmptyAreFine() {
    SenderRecovery.sequential().recover(List.of());
    List<Transaction> fresh = fresh();
    SenderRecovery.sequential().recover(fresh);
    assertThat(fresh.get(0).sender()).contains(USERS.get(0));
  }

  @Test
  void parallelismMustBePositive() {
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      assertThatThrownBy(() -> SenderRecovery.on(pool, 0)).isInstanceOf(IllegalArgumentException.class);
    } finally {
      pool.shutdownNow();
    }
  }

  private static List<Transaction> fresh() {
    Block block = new Block(BlockHeader.builder().baseFeePerGas(TestChain.GWEI).build(), new BlockBody(TXS));
    return BlockExecutorTest.copy(block).transactions();
  }

  private static List<Transaction> transactions(int count) {
    List<Transaction> txs = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      txs.add(TestChain.transfer(i % USERS.size(), USERS.get(0), ETHER, i));
    }
    return txs;
  }
}
