package org.peerchain.core.block;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.crypto.Curve;
import org.peerchain.core.crypto.Signature;
import org.peerchain.core.rlp.RlpWriter;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.Hash;
import org.peerchain.core.types.UInt256;

/** Generators of valid block-package values, edge values (0, 127, 128, 2^63-1) weighted in. */
final class BlockArbitraries {
  private BlockArbitraries() {}

  static Arbitrary<Bytes> bytes(int min, int max) {
    return Arbitraries.bytes().array(byte[].class).ofMinSize(min).ofMaxSize(max).map(Bytes::wrap);
  }

  static Arbitrary<Hash> hashes() {
    return Arbitraries.oneOf(Arbitraries.just(Hash.ZERO), bytes(32, 32).map(Hash::wrap));
  }

  static Arbitrary<Address> addresses() {
    return bytes(20, 20).map(Address::wrap);
  }

  static Arbitrary<Long> longs() {
    return Arbitraries.oneOf(
        Arbitraries.of(0L, 1L, 127L, 128L, 255L, 256L, Long.MAX_VALUE),
        Arbitraries.longs().greaterOrEqual(0));
  }

  static Arbitrary<UInt256> uint256s() {
    return Arbitraries.oneOf(
        Arbitraries.of(UInt256.ZERO, UInt256.ONE, UInt256.valueOf(1_000_000_000L), UInt256.MAX_VALUE),
        Arbitraries.bigIntegers().between(BigInteger.ZERO, UInt256.MAX_VALUE.toBigInteger()).map(UInt256::valueOf));
  }

  static Arbitrary<BlockHeader> headers() {
    Arbitrary<BlockHeader.Builder> roots = Combinators.combine(hashes(), addresses(), hashes(), hashes(), hashes())
        .as((parent, coinbase, state, txs, receipts) -> BlockHeader.builder().parentHash(parent)
            .coinbase(coinbase).stateRoot(state).transactionsRoot(txs).receiptsRoot(receipts));
    return Combinators.combine(roots, longs(), longs(), longs(), longs(), bytes(0, 32), uint256s())
        .as((b, number, gasLimit, gasUsed, timestamp, extra, baseFee) -> b.number(number).gasLimit(gasLimit)
            .gasUsed(gasUsed).timestamp(timestamp).extraData(extra).baseFeePerGas(baseFee).build());
  }

  /** Opaque EIP-2718 envelopes: a legacy RLP list of strings, or a type byte and any payload. */
  static Arbitrary<Bytes> envelopes() {
    Arbitrary<Bytes> legacy = bytes(0, 70).list().ofMaxSize(9).map(items -> {
      RlpWriter w = new RlpWriter().startList();
      items.forEach(w::writeBytes);
      return w.endList().toBytes();
    });
    Arbitrary<Bytes> typed = Combinators.combine(Arbitraries.integers().between(0, 0x7f), bytes(0, 120))
        .as((type, payload) -> Bytes.of(type).concatWith(payload));
    return Arbitraries.oneOf(legacy, typed);
  }

  static Arbitrary<BlockBody> bodies() {
    return envelopes().list().ofMaxSize(6).map(BlockBody::new);
  }

  static Arbitrary<Block> blocks() {
    return Combinators.combine(headers(), bodies()).as(Block::new);
  }

  static Arbitrary<Receipt> receipts() {
    return Combinators.combine(Arbitraries.of(0, 1, 2), Arbitraries.of(true, false), longs()).as(Receipt::new);
  }

  static Arbitrary<Signature> signatures() {
    BigInteger max = Curve.N.subtract(BigInteger.ONE);
    Arbitrary<BigInteger> scalar = Arbitraries.oneOf(
        Arbitraries.of(BigInteger.ONE, BigInteger.valueOf(127), Curve.HALF_N, max),
        Arbitraries.bigIntegers().between(BigInteger.ONE, max));
    return Combinators.combine(scalar, scalar, Arbitraries.of(0, 1)).as(Signature::new);
  }

  static Arbitrary<CommitCertificate> certificates() {
    Arbitrary<List<CommitSignature>> sigs = Combinators.combine(addresses(), signatures()).as(CommitSignature::new)
        .list().ofMinSize(1).ofMaxSize(7).map(BlockArbitraries::distinctValidators);
    return Combinators.combine(
            Arbitraries.oneOf(Arbitraries.of(1L, 127L, 128L, Long.MAX_VALUE), Arbitraries.longs().greaterOrEqual(1)),
            Arbitraries.oneOf(Arbitraries.of(0, 1, 127, 128, Integer.MAX_VALUE), Arbitraries.integers().greaterOrEqual(0)),
            hashes(), sigs)
        .as(CommitCertificate::new);
  }

  private static List<CommitSignature> distinctValidators(List<CommitSignature> sigs) {
    Map<Address, CommitSignature> byValidator = new LinkedHashMap<>();
    sigs.forEach(s -> byValidator.putIfAbsent(s.validator(), s));
    return new ArrayList<>(byValidator.values());
  }
}
