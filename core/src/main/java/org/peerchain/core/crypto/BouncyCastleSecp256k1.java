package org.peerchain.core.crypto;

import java.math.BigInteger;
import java.util.Optional;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;
import org.bouncycastle.math.ec.ECAlgorithms;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.types.Hash;

/** Pure-Java secp256k1: the fallback where the native library cannot load. */
public final class BouncyCastleSecp256k1 implements Secp256k1 {
  private static final FixedPointCombMultiplier MULTIPLIER = new FixedPointCombMultiplier();

  @Override
  public String name() {
    return "BouncyCastle";
  }

  @Override
  public PublicKey publicKey(PrivateKey key) {
    ECPoint point = MULTIPLIER.multiply(Curve.DOMAIN.getG(), key.toBigInteger()).normalize();
    return PublicKey.fromBytes(Bytes.wrap(point.getEncoded(false)));
  }

  @Override
  public Signature sign(Hash messageHash, PrivateKey key) {
    ECDSASigner signer = new ECDSASigner(new HMacDSAKCalculator(new SHA256Digest()));
    signer.init(true, new ECPrivateKeyParameters(key.toBigInteger(), Curve.DOMAIN));
    BigInteger[] rs = signer.generateSignature(messageHash.toArray());
    BigInteger r = rs[0];
    BigInteger s = rs[1];
    if (s.compareTo(Curve.HALF_N) > 0) {
      s = Curve.N.subtract(s);
    }
    PublicKey expected = publicKey(key);
    // BouncyCastle does not report R's parity, so the recovery id is the one that gives our key back.
    for (int id = 0; id < 2; id++) {
      Signature candidate = new Signature(r, s, id);
      if (recover(messageHash, candidate).filter(expected::equals).isPresent()) {
        return candidate;
      }
    }
    throw new IllegalStateException("no recovery id reproduces the signing key");
  }

  /** SEC 1 v2, section 4.1.6, for recovery ids 0 and 1 (R.x = r; Ethereum never uses r + n). */
  @Override
  public Optional<PublicKey> recover(Hash messageHash, Signature signature) {
    BigInteger r = signature.r();
    if (r.compareTo(Curve.P) >= 0) {
      return Optional.empty();
    }
    ECPoint bigR = decompress(r, (signature.recoveryId() & 1) == 1);
    if (bigR == null) {
      return Optional.empty();
    }
    BigInteger e = messageHash.bytes().toUnsignedBigInteger();
    BigInteger rInv = r.modInverse(Curve.N);
    BigInteger u1 = e.negate().mod(Curve.N).multiply(rInv).mod(Curve.N);
    BigInteger u2 = signature.s().multiply(rInv).mod(Curve.N);
    ECPoint q = ECAlgorithms.sumOfTwoMultiplies(Curve.DOMAIN.getG(), u1, bigR, u2).normalize();
    if (q.isInfinity()) {
      return Optional.empty();
    }
    return Optional.of(PublicKey.fromBytes(Bytes.wrap(q.getEncoded(false))));
  }

  private static ECPoint decompress(BigInteger x, boolean yOdd) {
    byte[] encoded = new byte[33];
    encoded[0] = (byte) (yOdd ? 0x03 : 0x02);
    byte[] raw = x.toByteArray();
    int len = Math.min(raw.length, 32);
    System.arraycopy(raw, raw.length - len, encoded, 33 - len, len);
    try {
      return Curve.DOMAIN.getCurve().decodePoint(encoded);
    } catch (IllegalArgumentException notOnCurve) {
      return null;
    }
  }

}
