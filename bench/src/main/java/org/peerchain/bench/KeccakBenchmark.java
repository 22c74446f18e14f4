package org.peerchain.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.crypto.Keccak;
import org.peerchain.core.types.Hash;

/** Keccak-256 of a 32-byte input (a trie key) and of 110 bytes (about an account leaf). */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class KeccakBenchmark {
  @Param({"32", "110"})
  int size;

  Bytes input;

  @Setup
  public void setUp() {
    byte[] raw = new byte[size];
    new java.util.Random(size).nextBytes(raw);
    input = Bytes.wrap(raw);
  }

  @Benchmark
  public Hash keccak() {
    return Keccak.hash(input);
  }
}
