package org.peerchain.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.tx.Transaction;
import org.peerchain.core.tx.TransactionDecoder;
import org.peerchain.core.tx.TransactionValidator;
import org.peerchain.core.tx.ValidationResult;

/**
 * What admitting a wallet's transaction costs before any state is read: raw bytes to a decoded,
 * statelessly validated transaction with its sender recovered. Every call decodes afresh, so no
 * cached sender is reused. Which secp256k1 runs follows -Dpeerchain.secp256k1 (native by default);
 * run with {@code -jvmArgsAppend -Dpeerchain.secp256k1=bouncycastle} for the fallback's figure.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TransactionIngestBenchmark {

  @State(Scope.Benchmark)
  public static class Pool {
    Bytes[] raw;
    TransactionValidator validator;

    @Setup(Level.Trial)
    public void setUp() {
      raw = Transfers.signed(1024, 42);
      validator = new TransactionValidator(Transfers.CHAIN_ID);
    }
  }

  /** Each thread walks the pool from its own place. */
  @State(Scope.Thread)
  public static class Cursor {
    int next;

    Bytes take(Pool pool) {
      next = (next + 1) & (pool.raw.length - 1);
      return pool.raw[next];
    }
  }

  @Benchmark
  @Threads(1)
  public ValidationResult decodeValidateRecover1Thread(Pool pool, Cursor cursor) {
    return ingest(pool, cursor);
  }

  @Benchmark
  @Threads(2)
  public ValidationResult decodeValidateRecover2Threads(Pool pool, Cursor cursor) {
    return ingest(pool, cursor);
  }

  /** RLP decode of a type-2 transfer alone, without signature work. */
  @Benchmark
  @Threads(1)
  public Transaction decodeOnly(Pool pool, Cursor cursor) {
    return TransactionDecoder.decode(cursor.take(pool));
  }

  private static ValidationResult ingest(Pool pool, Cursor cursor) {
    ValidationResult result = pool.validator.validate(TransactionDecoder.decode(cursor.take(pool)));
    if (!result.isValid()) {
      throw new IllegalStateException("benchmark transaction is invalid: " + result);
    }
    return result;
  }
}
