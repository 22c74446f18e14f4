package org.peerchain.core.keys;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.bouncycastle.crypto.digests.SHA512Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.crypto.Curve;
import org.peerchain.core.crypto.KeyPair;
import org.peerchain.core.crypto.PrivateKey;
import org.peerchain.core.crypto.Secp256k1;

/** A BIP-32 extended private key: a secp256k1 key and its chain code. {@link #toString()} hides both. */
public final class HdKey {
  private static final byte[] MASTER_KEY = "Bitcoin seed".getBytes(StandardCharsets.US_ASCII);

  private final PrivateKey key;
  private final Bytes chainCode;

  private HdKey(PrivateKey key, Bytes chainCode) {
    this.key = key;
    this.chainCode = chainCode;
  }

  /** The master key of a 16- to 64-byte seed (a BIP-39 seed is 64 bytes). */
  public static HdKey master(Bytes seed) {
    if (seed.size() < 16 || seed.size() > 64) {
      throw new IllegalArgumentException("a BIP-32 seed is 16 to 64 bytes, got " + seed.size());
    }
    byte[] i = hmacSha512(MASTER_KEY, seed.toArray());
    BigInteger k = new BigInteger(1, Arrays.copyOf(i, 32));
    if (k.signum() == 0 || k.compareTo(Curve.N) >= 0) {
      // Probability below 2^-127; BIP-32 says such a seed is simply unusable.
      throw new IllegalArgumentException("this seed yields an invalid BIP-32 master key; use another seed");
    }
    return new HdKey(PrivateKey.fromBigInteger(k), Bytes.wrap(i, 32, 32));
  }

  public static HdKey fromMnemonic(Mnemonic mnemonic, String passphrase) {
    return master(mnemonic.toSeed(passphrase));
  }

  /** The child at {@code index}; hardened when bit 31 is set ({@link DerivationPath#HARDENED}). */
  public HdKey child(int index) {
    byte[] data = new byte[37];
    if (DerivationPath.isHardened(index)) {
      // data[0] stays 0x00: hardened children hash the parent's private key, padded to 33 bytes.
      key.bytes().copyTo(data, 1);
    } else {
      Secp256k1.get().publicKey(key).compressed().copyTo(data, 0);
    }
    data[33] = (byte) (index >>> 24);
    data[34] = (byte) (index >>> 16);
    data[35] = (byte) (index >>> 8);
    data[36] = (byte) index;
    byte[] i = hmacSha512(chainCode.toArray(), data);
    Arrays.fill(data, (byte) 0);
    BigInteger tweak = new BigInteger(1, Arrays.copyOf(i, 32));
    BigInteger childKey = tweak.add(key.toBigInteger()).mod(Curve.N);
    if (tweak.compareTo(Curve.N) >= 0 || childKey.signum() == 0) {
      // Probability below 2^-127. BIP-32 skips to the next index; we leave that choice to the caller.
      throw new IllegalStateException("BIP-32 child " + (index & ~DerivationPath.HARDENED)
          + " of this key is invalid; use the next index");
    }
    return new HdKey(PrivateKey.fromBigInteger(childKey), Bytes.wrap(i, 32, 32));
  }

  public HdKey derive(DerivationPath path) {
    HdKey current = this;
    for (int index : path.indices()) {
      current = current.child(index);
    }
    return current;
  }

  public HdKey derive(String path) {
    return derive(DerivationPath.parse(path));
  }

  public PrivateKey privateKey() {
    return key;
  }

  public Bytes chainCode() {
    return chainCode;
  }

  public KeyPair keyPair() {
    return Secp256k1.get().keyPair(key);
  }

  @Override
  public String toString() {
    return "HdKey[hidden]";
  }

  private static byte[] hmacSha512(byte[] key, byte[] data) {
    HMac mac = new HMac(new SHA512Digest());
    mac.init(new KeyParameter(key));
    mac.update(data, 0, data.length);
    byte[] out = new byte[64];
    mac.doFinal(out, 0);
    return out;
  }
}
