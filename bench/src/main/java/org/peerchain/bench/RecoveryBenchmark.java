package org.peerchain.bench;

import java.security.SecureRandom;
import java.util.Optional;
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
import org.peerchain.core.crypto.BouncyCastleSecp256k1;
import org.peerchain.core.crypto.Keccak;
import org.peerchain.core.crypto.PrivateKey;
import org.peerchain.core.crypto.PublicKey;
import org.peerchain.core.crypto.Secp256k1;
import org.peerchain.core.crypto.Signature;
import org.peerchain.core.types.Hash;

/** Public key recovery, the cost of learning a transaction's sender, per implementation. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RecoveryBenchmark {
  @Param({"native", "bouncycastle"})
  String implementation;

  Secp256k1 secp;
  Hash message;
  Signature signature;

  @Setup
  public void setUp() {
    secp = Implementations.byName(implementation);
    PrivateKey key = PrivateKey.random(new SecureRandom());
    message = Keccak.hash(new byte[] {1, 2, 3});
    signature = secp.sign(message, key);
  }

  @Benchmark
  public Optional<PublicKey> recover() {
    return secp.recover(message, signature);
  }

  static final class Implementations {
    private Implementations() {}

    static Secp256k1 byName(String name) {
      return switch (name) {
        case "bouncycastle" -> new BouncyCastleSecp256k1();
        case "native" -> nativeOrFail();
        default -> throw new IllegalArgumentException("unknown secp256k1 implementation: " + name);
      };
    }

    private static Secp256k1 nativeOrFail() {
      Secp256k1 selected = Secp256k1.get();
      if (selected instanceof BouncyCastleSecp256k1) {
        throw new IllegalStateException("native libsecp256k1 is not available on this machine");
      }
      return selected;
    }
  }
}
