package org.peerchain.core.tx;

import java.math.BigInteger;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.crypto.Curve;
import org.peerchain.core.crypto.Keccak;
import org.peerchain.core.crypto.PublicKey;
import org.peerchain.core.crypto.Secp256k1;
import org.peerchain.core.crypto.Signature;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.Hash;
import org.peerchain.core.types.UInt256;

/**
 * A signed transaction as it travels: the signed fields plus the raw signature values, exactly as
 * decoded. Signature values are kept raw (not as a {@link Signature}) so that a transaction with
 * an invalid v, r or s still decodes and {@link TransactionValidator} can say what is wrong.
 *
 * <p>Equality is by content. The encoding, hash and sender are computed at most once per object
 * (a race may compute them twice, with the same result); a decoded transaction keeps its input
 * bytes, so {@link #hash()} hashes them without re-encoding.
 */
public final class Transaction {
  private static final UInt256 V27 = UInt256.valueOf(27);
  private static final UInt256 V28 = UInt256.valueOf(28);
  private static final UInt256 V35 = UInt256.valueOf(35);

  private final UnsignedTransaction body;
  private final UInt256 chainId;
  private final UInt256 v;
  private final UInt256 r;
  private final UInt256 s;

  // Benign-race caches: the values are immutable (final fields), so a racing reader sees either
  // null or a complete value.
  private Bytes encoded;
  private Hash hash;
  private Optional<Address> sender;

  Transaction(UnsignedTransaction body, UInt256 chainId, UInt256 v, UInt256 r, UInt256 s, Bytes encoded) {
    this.body = Objects.requireNonNull(body, "body");
    this.chainId = chainId;
    this.v = Objects.requireNonNull(v, "v");
    this.r = Objects.requireNonNull(r, "r");
    this.s = Objects.requireNonNull(s, "s");
    this.encoded = encoded;
  }

  /**
   * A legacy transaction from its signature values; the chain id follows from {@code v}
   * (27/28: none, 35 and above: (v-35)/2).
   */
  public static Transaction legacy(UnsignedTransaction body, UInt256 v, UInt256 r, UInt256 s) {
    if (body.type() != TransactionType.LEGACY) {
      throw new IllegalArgumentException("not a legacy transaction body: " + body.type());
    }
    return new Transaction(body, legacyChainId(v), v, r, s, null);
  }

  public static Transaction typed(UnsignedTransaction body, UInt256 chainId, UInt256 yParity, UInt256 r, UInt256 s) {
    if (!body.type().isTyped()) {
      throw new IllegalArgumentException("not a typed transaction body: " + body.type());
    }
    return new Transaction(body, Objects.requireNonNull(chainId, "chainId"), yParity, r, s, null);
  }

  /**
   * A dev chain's transaction from an address whose key it does not hold (anvil_impersonateAccount).
   * It carries s = 0, which no signature has, and the sender in r (so each sender's copy has its own
   * hash, and the sender reads back from storage). {@link TransactionValidator} refuses it unless
   * built to accept impersonation, which only a dev chain's pool and block builder are: no other node
   * takes it, and a dev node never relays it.
   */
  public static Transaction impersonated(UnsignedTransaction body, long chainId, Address sender) {
    UInt256 r = UInt256.fromBytes(sender.bytes());
    if (body.type().isTyped()) {
      return typed(body, UInt256.valueOf(chainId), UInt256.ZERO, r, UInt256.ZERO);
    }
    return legacy(body, UInt256.valueOf(BigInteger.valueOf(chainId).shiftLeft(1).add(BigInteger.valueOf(35))), r, UInt256.ZERO);
  }

  /** Whether this is an {@link #impersonated} transaction: s = 0 and r an address. */
  public boolean isImpersonated() {
    return s.isZero() && r.toBigInteger().bitLength() <= Address.SIZE * 8;
  }

  /** The chain id a legacy v encodes: none for 27/28 (and for invalid v below 35). */
  static UInt256 legacyChainId(UInt256 v) {
    return v.compareTo(V35) >= 0 ? UInt256.valueOf(v.toBigInteger().subtract(V35.toBigInteger()).shiftRight(1)) : null;
  }

  public UnsignedTransaction body() {
    return body;
  }

  public TransactionType type() {
    return body.type();
  }

  /** Empty only for a legacy transaction signed without EIP-155 replay protection. */
  public Optional<UInt256> chainId() {
    return Optional.ofNullable(chainId);
  }

  /** False for pre-EIP-155 legacy transactions, which any chain would accept; policy may refuse them. */
  public boolean isReplayProtected() {
    return chainId != null;
  }

  /** Unsigned 64-bit. */
  public long nonce() {
    return body.nonce();
  }

  /** Present for types 0 and 1. */
  public Optional<UInt256> gasPrice() {
    return body.gasPrice();
  }

  /** The EIP-1559 tip cap; the gas price for types 0 and 1. */
  public UInt256 maxPriorityFeePerGas() {
    return body.maxPriorityFeePerGas();
  }

  /** The EIP-1559 fee cap; the gas price for types 0 and 1. */
  public UInt256 maxFeePerGas() {
    return body.maxFeePerGas();
  }

  /** Unsigned 64-bit. */
  public long gasLimit() {
    return body.gasLimit();
  }

  public Optional<Address> to() {
    return body.to();
  }

  public boolean isContractCreation() {
    return body.isContractCreation();
  }

  public UInt256 value() {
    return body.value();
  }

  public Bytes data() {
    return body.data();
  }

  public List<AccessListEntry> accessList() {
    return body.accessList();
  }

  /** The raw v: 27/28 or chainId*2+35/36 for legacy, the y parity for typed transactions. */
  public UInt256 v() {
    return v;
  }

  public UInt256 r() {
    return r;
  }

  public UInt256 s() {
    return s;
  }

  /** The recovery id v encodes, or -1 when v is not a valid value for the type. */
  public int recoveryId() {
    if (type().isTyped()) {
      return v.isZero() ? 0 : v.equals(UInt256.ONE) ? 1 : -1;
    }
    if (v.equals(V27) || v.equals(V28)) {
      return v.equals(V27) ? 0 : 1;
    }
    return chainId == null ? -1 : v.toBigInteger().testBit(0) ? 0 : 1;
  }

  /** The signature when v, r and s are in range (high s included: that is a protocol rule). */
  public Optional<Signature> signature() {
    int recoveryId = recoveryId();
    if (recoveryId < 0 || !inRange(r.toBigInteger()) || !inRange(s.toBigInteger())) {
      return Optional.empty();
    }
    return Optional.of(new Signature(r.toBigInteger(), s.toBigInteger(), recoveryId));
  }

  /** The hash the sender signed. */
  public Hash signingHash() {
    return Keccak.hash(TransactionEncoder.signingPayload(body, chainId));
  }

  /** keccak256 of the EIP-2718 encoding: the transaction's id. */
  public Hash hash() {
    Hash h = hash;
    if (h == null) {
      h = Keccak.hash(encoded());
      hash = h;
    }
    return h;
  }

  /**
   * The address that signed, recovered once per object; empty when the signature values are out
   * of range or no key recovers. This does not check low s or the chain id: use
   * {@link TransactionValidator} for that.
   */
  public Optional<Address> sender() {
    Optional<Address> a = sender;
    if (a == null && isImpersonated()) {
      a = Optional.of(Address.wrap(r.toBytes32().slice(32 - Address.SIZE)));
      sender = a;
    }
    if (a == null) {
      a = signature()
          .flatMap(sig -> Secp256k1.get().recover(signingHash(), sig))
          .map(PublicKey::address);
      sender = a;
    }
    return a;
  }

  /** The EIP-2718 encoding: the input bytes when decoded. */
  Bytes encoded() {
    Bytes e = encoded;
    if (e == null) {
      e = TransactionEncoder.encodeFields(this);
      encoded = e;
    }
    return e;
  }

  private static boolean inRange(BigInteger x) {
    return x.signum() > 0 && x.compareTo(Curve.N) < 0;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Transaction t
        && t.body.equals(body)
        && Objects.equals(t.chainId, chainId)
        && t.v.equals(v)
        && t.r.equals(r)
        && t.s.equals(s);
  }

  @Override
  public int hashCode() {
    return Objects.hash(body, chainId, v, r, s);
  }

  @Override
  public String toString() {
    return "Transaction[" + type() + ", hash=" + hash() + ", nonce=" + Long.toUnsignedString(nonce())
        + ", to=" + to().map(Address::toString).orElse("(creation)") + ", value=" + value() + "]";
  }
}
