package org.peerchain.core.block;

import java.util.Objects;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.crypto.Keccak;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.Hash;
import org.peerchain.core.types.UInt256;

/**
 * An Ethereum London block header: all sixteen fields, in Ethereum's order, so that {@link #hash()}
 * is the block hash wallets and explorers compute.
 *
 * <p>The type can carry any London header (that is how it is checked against mainnet); peerchain
 * headers keep ommersHash, logsBloom, difficulty, mixHash and nonce at the constants the
 * {@link Builder} defaults to, and {@link BlockHeaderCodec#decode} accepts nothing else.
 */
public final class BlockHeader {
  public static final int MAX_EXTRA_DATA = 32;
  public static final int BLOOM_SIZE = 256;
  public static final int NONCE_SIZE = 8;
  /** keccak(rlp([])): the ommers hash of a block without ommers, which every peerchain block is. */
  public static final Hash EMPTY_OMMERS_HASH = Keccak.hash(Bytes.of(0xc0));
  /** keccak(rlp("")): the root of an empty trie, e.g. the transactions root of an empty block. */
  public static final Hash EMPTY_TRIE_ROOT = Keccak.hash(Bytes.of(0x80));
  public static final Bytes ZERO_BLOOM = Bytes.wrap(new byte[BLOOM_SIZE]);
  public static final Bytes ZERO_NONCE = Bytes.wrap(new byte[NONCE_SIZE]);

  private final Hash parentHash;
  private final Hash ommersHash;
  private final Address coinbase;
  private final Hash stateRoot;
  private final Hash transactionsRoot;
  private final Hash receiptsRoot;
  private final Bytes logsBloom;
  private final UInt256 difficulty;
  private final long number;
  private final long gasLimit;
  private final long gasUsed;
  private final long timestamp;
  private final Bytes extraData;
  private final Hash mixHash;
  private final Bytes nonce;
  private final UInt256 baseFeePerGas;

  // Benign race: every thread computes the same value, as String.hashCode does.
  private Hash hash;

  private BlockHeader(Builder b) {
    parentHash = Objects.requireNonNull(b.parentHash, "parentHash");
    ommersHash = Objects.requireNonNull(b.ommersHash, "ommersHash");
    coinbase = Objects.requireNonNull(b.coinbase, "coinbase");
    stateRoot = Objects.requireNonNull(b.stateRoot, "stateRoot");
    transactionsRoot = Objects.requireNonNull(b.transactionsRoot, "transactionsRoot");
    receiptsRoot = Objects.requireNonNull(b.receiptsRoot, "receiptsRoot");
    logsBloom = requireSize(b.logsBloom, BLOOM_SIZE, "logsBloom");
    difficulty = Objects.requireNonNull(b.difficulty, "difficulty");
    number = requireNonNegative(b.number, "number");
    gasLimit = requireNonNegative(b.gasLimit, "gasLimit");
    gasUsed = requireNonNegative(b.gasUsed, "gasUsed");
    timestamp = requireNonNegative(b.timestamp, "timestamp");
    extraData = Objects.requireNonNull(b.extraData, "extraData");
    if (extraData.size() > MAX_EXTRA_DATA) {
      throw new IllegalArgumentException("extraData is at most 32 bytes, got " + extraData.size());
    }
    mixHash = Objects.requireNonNull(b.mixHash, "mixHash");
    nonce = requireSize(b.nonce, NONCE_SIZE, "nonce");
    baseFeePerGas = Objects.requireNonNull(b.baseFeePerGas, "baseFeePerGas is required");
  }

  /** A builder preset to an empty peerchain header; parentHash, coinbase, number etc. are zero. */
  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .parentHash(parentHash).ommersHash(ommersHash).coinbase(coinbase).stateRoot(stateRoot)
        .transactionsRoot(transactionsRoot).receiptsRoot(receiptsRoot).logsBloom(logsBloom)
        .difficulty(difficulty).number(number).gasLimit(gasLimit).gasUsed(gasUsed)
        .timestamp(timestamp).extraData(extraData).mixHash(mixHash).nonce(nonce)
        .baseFeePerGas(baseFeePerGas);
  }

  /** keccak(rlp(header)): the block hash. */
  public Hash hash() {
    Hash h = hash;
    if (h == null) {
      h = Keccak.hash(BlockHeaderCodec.encode(this));
      hash = h;
    }
    return h;
  }

  /** True when the five fields peerchain never varies hold their constants. */
  public boolean hasPeerchainConstants() {
    return ommersHash.equals(EMPTY_OMMERS_HASH) && logsBloom.isZero() && difficulty.isZero()
        && mixHash.equals(Hash.ZERO) && nonce.isZero();
  }

  public Hash parentHash() {
    return parentHash;
  }

  public Hash ommersHash() {
    return ommersHash;
  }

  /** The proposer, who receives the priority fees. */
  public Address coinbase() {
    return coinbase;
  }

  public Hash stateRoot() {
    return stateRoot;
  }

  public Hash transactionsRoot() {
    return transactionsRoot;
  }

  public Hash receiptsRoot() {
    return receiptsRoot;
  }

  public Bytes logsBloom() {
    return logsBloom;
  }

  public UInt256 difficulty() {
    return difficulty;
  }

  public long number() {
    return number;
  }

  public long gasLimit() {
    return gasLimit;
  }

  public long gasUsed() {
    return gasUsed;
  }

  /** Seconds since the Unix epoch. */
  public long timestamp() {
    return timestamp;
  }

  public Bytes extraData() {
    return extraData;
  }

  public Hash mixHash() {
    return mixHash;
  }

  public Bytes nonce() {
    return nonce;
  }

  public UInt256 baseFeePerGas() {
    return baseFeePerGas;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BlockHeader h
        && number == h.number && gasLimit == h.gasLimit && gasUsed == h.gasUsed && timestamp == h.timestamp
        && parentHash.equals(h.parentHash) && ommersHash.equals(h.ommersHash) && coinbase.equals(h.coinbase)
        && stateRoot.equals(h.stateRoot) && transactionsRoot.equals(h.transactionsRoot)
        && receiptsRoot.equals(h.receiptsRoot) && logsBloom.equals(h.logsBloom)
        && difficulty.equals(h.difficulty) && extraData.equals(h.extraData) && mixHash.equals(h.mixHash)
        && nonce.equals(h.nonce) && baseFeePerGas.equals(h.baseFeePerGas);
  }

  @Override
  public int hashCode() {
    return hash().hashCode();
  }

  @Override
  public String toString() {
    return "BlockHeader{number=" + number + ", hash=" + hash() + ", parent=" + parentHash
        + ", coinbase=" + coinbase + ", timestamp=" + timestamp + ", gasUsed=" + gasUsed + "/" + gasLimit
        + ", baseFee=" + baseFeePerGas + "}";
  }

  private static long requireNonNegative(long v, String field) {
    if (v < 0) {
      throw new IllegalArgumentException(field + " must not be negative, got " + v);
    }
    return v;
  }

  private static Bytes requireSize(Bytes b, int size, String field) {
    Objects.requireNonNull(b, field);
    if (b.size() != size) {
      throw new IllegalArgumentException(field + " must be " + size + " bytes, got " + b.size());
    }
    return b;
  }

  /** Mutable; {@link #build()} validates. */
  public static final class Builder {
    private Hash parentHash = Hash.ZERO;
    private Hash ommersHash = EMPTY_OMMERS_HASH;
    private Address coinbase = Address.ZERO;
    private Hash stateRoot = EMPTY_TRIE_ROOT;
    private Hash transactionsRoot = EMPTY_TRIE_ROOT;
    private Hash receiptsRoot = EMPTY_TRIE_ROOT;
    private Bytes logsBloom = ZERO_BLOOM;
    private UInt256 difficulty = UInt256.ZERO;
    private long number;
    private long gasLimit;
    private long gasUsed;
    private long timestamp;
    private Bytes extraData = Bytes.EMPTY;
    private Hash mixHash = Hash.ZERO;
    private Bytes nonce = ZERO_NONCE;
    private UInt256 baseFeePerGas;

    private Builder() {}

    public Builder parentHash(Hash v) {
      parentHash = v;
      return this;
    }

    public Builder ommersHash(Hash v) {
      ommersHash = v;
      return this;
    }

    public Builder coinbase(Address v) {
      coinbase = v;
      return this;
    }

    public Builder stateRoot(Hash v) {
      stateRoot = v;
      return this;
    }

    public Builder transactionsRoot(Hash v) {
      transactionsRoot = v;
      return this;
    }

    public Builder receiptsRoot(Hash v) {
      receiptsRoot = v;
      return this;
    }

    public Builder logsBloom(Bytes v) {
      logsBloom = v;
      return this;
    }

    public Builder difficulty(UInt256 v) {
      difficulty = v;
      return this;
    }

    public Builder number(long v) {
      number = v;
      return this;
    }

    public Builder gasLimit(long v) {
      gasLimit = v;
      return this;
    }

    public Builder gasUsed(long v) {
      gasUsed = v;
      return this;
    }

    public Builder timestamp(long v) {
      timestamp = v;
      return this;
    }

    public Builder extraData(Bytes v) {
      extraData = v;
      return this;
    }

    public Builder mixHash(Hash v) {
      mixHash = v;
      return this;
    }

    public Builder nonce(Bytes v) {
      nonce = v;
      return this;
    }

    public Builder baseFeePerGas(UInt256 v) {
      baseFeePerGas = v;
      return this;
    }

    public BlockHeader build() {
      return new BlockHeader(this);
    }
  }
}
