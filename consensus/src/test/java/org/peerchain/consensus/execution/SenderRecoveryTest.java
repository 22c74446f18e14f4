package org.peerchain.consensus.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.peerchain.consensus.execution.TestChain.ETHER;
import static org.peerchain.consensus.execution.TestChain.USERS;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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
  void closingASessionWaitsForItsHelpers() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    RunningCount counting = new RunningCount(pool);
    try {
      List<Transaction> fresh = fresh();
      SenderRecovery.Session session = SenderRecovery.on(counting, 3).start(fresh);
      session.reached(0);
      fresh.get(0).sender();
      session.close();
      assertThat(counting.running.get()).isZero();
      assertThat(counting.started.get()).isEqualTo(2);
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

  /** Counts helper tasks while they run; the count drops before the task's future completes. */
  private static final class RunningCount extends AbstractExecutorService {
    final AtomicInteger running = new AtomicInteger();
    final AtomicInteger started = new AtomicInteger();
    private final ExecutorService delegate;

    RunningCount(ExecutorService delegate) {
      this.delegate = delegate;
    }

    @Override
    public Future<?> submit(Runnable task) {
      return delegate.submit(() -> {
        started.incrementAndGet();
        running.incrementAndGet();
        try {
          task.run();
        } finally {
          running.decrementAndGet();
        }
      });
    }

    @Override
    public void execute(Runnable command) {
      delegate.execute(command);
    }

    @Override
    public void shutdown() {
      delegate.shutdown();
    }

    @Override
    public List<Runnable> shutdownNow() {
      return delegate.shutdownNow();
    }

    @Override
    public boolean isShutdown() {
      return delegate.isShutdown();
    }

    @Override
    public boolean isTerminated() {
      return delegate.isTerminated();
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
      return delegate.awaitTermination(timeout, unit);
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
