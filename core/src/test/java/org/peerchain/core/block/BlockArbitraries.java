package org.peerchain.core.block;

import static org.peerchain.core.testsupport.ValueArbitraries.addresses;
import static org.peerchain.core.testsupport.ValueArbitraries.bytes;
import static org.peerchain.core.testsupport.ValueArbitraries.hashes;
import static org.peerchain.core.testsupport.ValueArbitraries.longs;
import static org.peerchain.core.testsupport.ValueArbitraries.uint256s;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.peerchain.core.crypto.Curve;
import org.peerchain.core.crypto.Signature;
import org.peerchain.core.testsupport.TransactionArbitraries;
import org.peerchain.core.types.Address;

/** Generators of valid block-package values, edge values (0, 127, 128, 2^63-1) weighted in. */
final class BlockArbitraries {
  private BlockArbitraries() {}

  static Arbitrary<BlockHeader> headers() {
    Arbitrary<BlockHeader.Builder> roots = Combinators.combine(hashes(), addresses(), hashes(), hashes(), hashes())
        .as((parent, coinbase, state, txs, receipts) -> BlockHeader.builder().parentHash(parent)
            .coinbase(coinbase).stateRoot(state).transactionsRoot(txs).receiptsRoot(receipts));
    return Combinators.combine(roots, longs(), longs(), longs(), longs(), bytes(0, 32), uint256s())
        .as((b, number, gasLimit, gasUsed, timestamp, extra, baseFee) -> b.number(number).gasLimit(gasLimit)
            .gasUsed(gasUsed).timestamp(timestamp).extraData(extra).baseFeePerGas(baseFee).build());
  }

  /** Real signed transactions of every type, in bodies of up to six. */
  static Arbitrary<BlockBody> bodies() {
    return TransactionArbitraries.signed().list().ofMaxSize(6).map(BlockBody::new);
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
