package org.peerchain.core.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.peerchain.core.types.Hash;

/** Native and BouncyCastle must be interchangeable: same keys, same signatures, same recoveries. */
class Secp256k1CrossCheckTest {
  private static final Secp256k1 NATIVE = NativeSecp256k1.load();
  private static final Secp256k1 BC = new BouncyCastleSecp256k1();

  @Property(tries = 300)
  void sameKeysSignaturesAndRecoveries(@ForAll("keys") PrivateKey key, @ForAll("hashes") Hash message) {
    PublicKey pub = BC.publicKey(key);
    assertThat(NATIVE.publicKey(key)).isEqualTo(pub);

    Signature sig = BC.sign(message, key);
    assertThat(NATIVE.sign(message, key)).isEqualTo(sig);

    assertThat(NATIVE.recover(message, sig)).isEqualTo(BC.recover(message, sig)).contains(pub);
    // The other recovery id names the other point with x = r: a different key, the same in both.
    Signature otherId = new Signature(sig.r(), sig.s(), 1 - sig.recoveryId());
    assertThat(NATIVE.recover(message, otherId)).isEqualTo(BC.recover(message, otherId));
  }

  @Property(tries = 300)
  void highSVariantRecoversTheSameKeyInBoth(@ForAll("keys") PrivateKey key, @ForAll("hashes") Hash message) {
    Signature low = BC.sign(message, key);
    Signature high = new Signature(low.r(), Curve.N.subtract(low.s()), 1 - low.recoveryId());
    assertThat(high.isLowS()).isFalse();
    Optional<PublicKey> expected = BC.recover(message, high);
    assertThat(expected).contains(BC.publicKey(key));
    assertThat(NATIVE.recover(message, high)).isEqualTo(expected);
  }

  @Property(tries = 1000)
  void garbageSignaturesRecoverTheSameOrNothingInBoth(
      @ForAll("scalars") BigInteger r,
      @ForAll("scalars") BigInteger s,
      @ForAll("recoveryIds") int recoveryId,
      @ForAll("hashes") Hash message) {
    Signature sig = new Signature(r, s, recoveryId);
    assertThat(NATIVE.recover(message, sig)).isEqualTo(BC.recover(message, sig));
  }

  @Provide
  Arbitrary<PrivateKey> keys() {
    return scalars().map(PrivateKey::fromBigInteger);
  }

  /** 1..n-1; jqwik's edge cases add the ends of the range and small values. */
  @Provide
  Arbitrary<BigInteger> scalars() {
    return Arbitraries.bigIntegers().between(BigInteger.ONE, Curve.N.subtract(BigInteger.ONE));
  }

  @Provide
  Arbitrary<Integer> recoveryIds() {
    return Arbitraries.integers().between(0, 1);
  }

  @Provide
  Arbitrary<Hash> hashes() {
    return Arbitraries.bytes().array(byte[].class).ofSize(32).map(Hash::wrap);
  }
}
