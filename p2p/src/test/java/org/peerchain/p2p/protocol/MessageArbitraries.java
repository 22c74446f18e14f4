package org.peerchain.p2p.protocol;

import static org.peerchain.core.testsupport.ValueArbitraries.addresses;
import static org.peerchain.core.testsupport.ValueArbitraries.bytes;
import static org.peerchain.core.testsupport.ValueArbitraries.hashes;
import static org.peerchain.core.testsupport.ValueArbitraries.uint256s;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.peerchain.core.block.Block;
import org.peerchain.core.block.BlockBody;
import org.peerchain.core.block.BlockHeader;
import org.peerchain.core.block.CommitCertificate;
import org.peerchain.core.block.CommitSignature;
import org.peerchain.core.crypto.Curve;
import org.peerchain.core.crypto.Signature;
import org.peerchain.core.testsupport.TransactionArbitraries;
import org.peerchain.core.types.Address;
import org.peerchain.p2p.P2pFixtures;
import org.peerchain.p2p.identity.PeerAddress;

/** Generators of every message type, edge values weighted in. */
final class MessageArbitraries {
  private MessageArbitraries() {}

  static Arbitrary<Long> longs() {
    return Arbitraries.oneOf(Arbitraries.of(0L, 127L, 128L, 255L, 256L, Long.MAX_VALUE), Arbitraries.longs().greaterOrEqual(0));
  }

  /** Unsigned 64-bit request ids in a long's bits: negative longs are 2^63 and above. */
  static Arbitrary<Long> requestIds() {
    return Arbitraries.oneOf(Arbitraries.of(0L, Long.MAX_VALUE, Long.MIN_VALUE, -1L), Arbitraries.longs());
  }

  static Arbitrary<Integer> ints() {
    return Arbitraries.oneOf(Arbitraries.of(0, 127, 128, Integer.MAX_VALUE), Arbitraries.integers().greaterOrEqual(0));
  }

  static Arbitrary<Status> statuses() {
    return Combinators.combine(ints(), longs(), hashes(), longs(), hashes(), Arbitraries.integers().between(0, 65535),
        longs().map(e -> Math.max(1, e)))
        .as((v, chain, genesis, head, headHash, port, earliest) ->
            new Status(v, chain, genesis, head, headHash, port, v >= Status.EARLIEST_SINCE ? earliest : 1));
  }

  static Arbitrary<Disconnect> disconnects() {
    return Combinators.combine(Arbitraries.of(DisconnectReason.class),
        Arbitraries.strings().ofMaxLength(60)).as(Disconnect::of);
  }

  static Arbitrary<PeerAddress> peerAddresses() {
    Arbitrary<String> hosts = Arbitraries.oneOf(Arbitraries.of("127.0.0.1", "::1", "node-1.example.org"),
        Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz0123456789.-").ofMinLength(1).ofMaxLength(40));
    return Combinators.combine(Arbitraries.integers().between(1, 1000), hosts, Arbitraries.integers().between(1, 65535))
        .as((key, host, port) -> PeerAddress.of(P2pFixtures.id(key), host, port));
  }

  static Arbitrary<Peers> peers() {
    return peerAddresses().list().ofMaxSize(5).map(Peers::new);
  }

  static Arbitrary<BlockHeader> headers() {
    return Combinators.combine(hashes(), addresses(), hashes(), longs(), longs(), longs(), bytes(0, 32), uint256s())
        .as((parent, coinbase, root, number, gasLimit, timestamp, extra, baseFee) -> BlockHeader.builder()
            .parentHash(parent).coinbase(coinbase).stateRoot(root).transactionsRoot(root).receiptsRoot(root)
            .number(number).gasLimit(gasLimit).gasUsed(gasLimit / 2).timestamp(timestamp).extraData(extra)
            .baseFeePerGas(baseFee).build());
  }

  static Arbitrary<CommitCertificate> certificates() {
    BigInteger max = Curve.N.subtract(BigInteger.ONE);
    Arbitrary<BigInteger> scalar = Arbitraries.bigIntegers().between(BigInteger.ONE, max);
    Arbitrary<Signature> sigs = Combinators.combine(scalar, scalar, Arbitraries.of(0, 1)).as(Signature::new);
    Arbitrary<List<CommitSignature>> list = Combinators.combine(addresses(), sigs).as(CommitSignature::new)
        .list().ofMinSize(1).ofMaxSize(4).map(MessageArbitraries::distinct);
    return Combinators.combine(Arbitraries.longs().greaterOrEqual(1), ints(), hashes(), list).as(CommitCertificate::new);
  }

  private static List<CommitSignature> distinct(List<CommitSignature> sigs) {
    Map<Address, CommitSignature> byValidator = new LinkedHashMap<>();
    sigs.forEach(s -> byValidator.putIfAbsent(s.validator(), s));
    return new ArrayList<>(byValidator.values());
  }

  static Arbitrary<BlockWithCertificate> blocks() {
    Arbitrary<BlockBody> bodies = TransactionArbitraries.signed().list().ofMaxSize(2).map(BlockBody::new);
    return Combinators.combine(headers(), bodies, certificates())
        .as((h, b, c) -> new BlockWithCertificate(new Block(h, b), c));
  }

  static Arbitrary<Message> messages() {
    return Arbitraries.oneOf(
        statuses(),
        disconnects(),
        Arbitraries.just(new Ping()),
        Arbitraries.just(new Pong()),
        Arbitraries.just(new GetPeers()),
        peers(),
        hashes().list().ofMinSize(1).ofMaxSize(5).map(NewTxHashes::new),
        hashes().list().ofMinSize(1).ofMaxSize(5).map(GetTxs::new),
        TransactionArbitraries.signed().list().ofMinSize(1).ofMaxSize(3).map(Txs::new),
        Combinators.combine(longs(), hashes()).as(NewBlock::new),
        Combinators.combine(requestIds(), Arbitraries.longs().greaterOrEqual(1),
            Arbitraries.integers().between(1, ProtocolLimits.MAX_BLOCKS_PER_RESPONSE)).as(GetBlocks::new),
        Combinators.combine(requestIds(), blocks().list().ofMaxSize(2)).as(Blocks::new),
        bytes(1, 200).map(Consensus::new),
        requestIds().map(GetSnapshotHeights::new),
        snapshotHeights(),
        accountRangeRequests(),
        accountRanges());
  }

  static Arbitrary<SnapshotHeights> snapshotHeights() {
    Arbitrary<SnapshotHeight> one = Combinators.combine(Arbitraries.longs().between(1, Long.MAX_VALUE / 2), hashes(),
        hashes()).as(SnapshotHeight::new);
    return Combinators.combine(requestIds(), one.list().ofMaxSize(4)).as((id, hs) -> new SnapshotHeights(id,
        hs.stream().collect(java.util.stream.Collectors.toMap(SnapshotHeight::height, h -> h, (a, b) -> a,
            java.util.TreeMap::new)).values().stream().toList()));
  }

  static Arbitrary<GetAccountRange> accountRangeRequests() {
    return Combinators.combine(requestIds(), hashes(), hashes(), hashes(), Arbitraries.integers().greaterOrEqual(1))
        .as((id, root, a, b, budget) -> a.compareTo(b) <= 0
            ? new GetAccountRange(id, root, a, b, budget)
            : new GetAccountRange(id, root, b, a, budget));
  }

  static Arbitrary<AccountRange> accountRanges() {
    Arbitrary<AccountEntry> entry = Combinators.combine(hashes(), bytes(1, ProtocolLimits.MAX_ACCOUNT_BYTES))
        .as(AccountEntry::new);
    Arbitrary<List<AccountEntry>> sorted = entry.list().ofMaxSize(5).map(es -> es.stream()
        .collect(java.util.stream.Collectors.toMap(AccountEntry::accountHash, e -> e, (a, b) -> a, java.util.TreeMap::new))
        .values().stream().toList());
    return Combinators.combine(requestIds(), sorted, bytes(1, 600).list().ofMaxSize(4)).as(AccountRange::new);
  }
}
