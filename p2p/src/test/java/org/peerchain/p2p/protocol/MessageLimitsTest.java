package org.peerchain.p2p.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.rlp.RlpWriter;
import org.peerchain.core.tx.Transaction;
import org.peerchain.core.tx.TransactionEncoder;
import org.peerchain.core.types.Hash;
import org.peerchain.p2p.FakeChain;

/** The size limits of docs/protocol.md §5 and §6.3, and unsigned 64-bit integers (§5), at decode. */
class MessageLimitsTest {
  private static final String MAX_U64 = "88ffffffffffffffff";
  private static final String TWO_POW_63 = "888000000000000000";

  private static ProtocolException malformed(Bytes payload) {
    try {
      MessageCodec.decodePayload(payload);
    } catch (ProtocolException e) {
      assertThat(e.reason()).isEqualTo(DisconnectReason.MALFORMED_MESSAGE);
      return e;
    }
    throw new AssertionError("decoded");
  }

  /** A Txs body of the given transactions, each an RLP string of its EIP-2718 bytes. */
  private static Bytes txsPayload(List<Bytes> encoded) {
    RlpWriter w = new RlpWriter().startList();
    encoded.forEach(w::writeBytes);
    return Bytes.of(MessageType.TXS.code()).concatWith(w.endList().toBytes());
  }

  @Test
  void aTxsMessageOverTwoMebibytesOfTransactionsIsRefused() {
    // The same transaction, repeated: its bytes add up past 2 MiB within the 4096-item limit.
    Bytes one = TransactionEncoder.encode(FakeChain.tx(0, 1000));
    int fits = ProtocolLimits.MAX_TXS_BYTES / one.size();
    List<Bytes> many = new ArrayList<>();
    for (int i = 0; i < fits; i++) {
      many.add(one);
    }
    assertThat(fits).isLessThan(ProtocolLimits.MAX_TXS);
    assertThat(((Txs) MessageCodec.decodePayload(txsPayload(many))).transactions()).hasSize(fits);
    many.add(one);
    assertThat(malformed(txsPayload(many)))
        .hasMessageContaining("malformed TXS message: transactions of more than 2097152 bytes");
  }

  @Test
  void aDecodedTransactionOwnsItsBytesInsteadOfPinningTheFrame() {
    Transaction tx = FakeChain.tx(3);
    Bytes original = TransactionEncoder.encode(tx);
    byte[] frame = txsPayload(List.of(original)).toArray();
    Transaction decoded = ((Txs) MessageCodec.decodePayload(Bytes.wrap(frame))).transactions().get(0);
    // Were the transaction a view of the frame, overwriting the frame would change it.
    Arrays.fill(frame, (byte) 0);
    assertThat(TransactionEncoder.encode(decoded)).isEqualTo(original);
    assertThat(decoded.hash()).isEqualTo(tx.hash());
  }

  @Test
  void aDecodedBlockOwnsItsBytes() {
    FakeChain chain = new FakeChain().withBlocks(2);
    Blocks blocks = new Blocks(1, chain.blocks(1, 2));
    byte[] frame = MessageCodec.encodePayload(blocks).toArray();
    Blocks decoded = (Blocks) MessageCodec.decodePayload(Bytes.wrap(frame));
    Arrays.fill(frame, (byte) 0);
    assertThat(decoded).isEqualTo(blocks);
  }

  @Test
  void requestIdsUpToTwoToTheSixtyFourMinusOneRoundTrip() {
    Bytes getBlocks = Bytes.fromHexString("21cb" + MAX_U64 + "01" + "05");
    GetBlocks g = (GetBlocks) MessageCodec.decodePayload(getBlocks);
    assertThat(g).isEqualTo(new GetBlocks(-1L, 1, 5));
    assertThat(Long.toUnsignedString(g.requestId())).isEqualTo("18446744073709551615");
    assertThat(MessageCodec.encodePayload(g)).isEqualTo(getBlocks);
    Blocks answer = new Blocks(g.requestId(), List.of());
    assertThat(MessageCodec.encodePayload(answer).toHexString()).isEqualTo("0x22ca" + MAX_U64 + "c0");
    assertThat(MessageCodec.decodePayload(MessageCodec.encodePayload(answer))).isEqualTo(answer);
  }

  @Test
  void heightsOfTwoToTheSixtyThreeOrMoreReadAsBeyondAnyChain() {
    assertThat(MessageCodec.decodePayload(Bytes.fromHexString("21cb" + "07" + MAX_U64 + "05")))
        .isEqualTo(new GetBlocks(7, Long.MAX_VALUE, 5));
    assertThat(MessageCodec.decodePayload(Bytes.fromHexString("21cb" + "07" + TWO_POW_63 + "05")))
        .isEqualTo(new GetBlocks(7, Long.MAX_VALUE, 5));
    assertThat(MessageCodec.decodePayload(Bytes.fromHexString("20ea" + MAX_U64 + "a0" + "11".repeat(32))))
        .isEqualTo(new NewBlock(Long.MAX_VALUE, Hash.fromHexString("0x" + "11".repeat(32))));
  }

  @Test
  void aStatusWithUnsignedExtremesDecodesToValuesThatMatchNoChainOfOurs() {
    // A version of 3 or more carries earliest: 2^64 - 1 of it reads as "holds no block we can ask for".
    String body = "84ffffffff" + MAX_U64 + "a0" + "ab".repeat(32) + MAX_U64 + "a0" + "cd".repeat(32) + "82765f"
        + MAX_U64;
    int length = body.length() / 2;
    String payload = "00" + "f8" + String.format("%02x", length) + body;
    Status s = (Status) MessageCodec.decodePayload(Bytes.fromHexString(payload));
    assertThat(s.protocolVersion()).isEqualTo(Integer.MAX_VALUE);
    assertThat(s.chainId()).isEqualTo(-1L);
    assertThat(s.headHeight()).isEqualTo(Long.MAX_VALUE);
    assertThat(s.listenPort()).isEqualTo(30303);
    assertThat(s.earliest()).isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void integersLongerThanEightBytesAreStillMalformed() {
    assertThat(malformed(Bytes.fromHexString("21cc" + "89010000000000000000" + "01" + "05")))
        .hasMessageContaining("exceeds the maximum of 8");
  }

  @Test
  void aDisconnectTextOverItsLimitIsRefusedBeforeItIsDecoded() {
    String text = "61".repeat(257);
    Bytes payload = Bytes.of(MessageType.DISCONNECT.code())
        .concatWith(new RlpWriter().startList().writeInt(0).writeBytes(Bytes.fromHexString(text)).endList().toBytes());
    assertThat(malformed(payload)).hasMessageContaining("disconnect text of 257 bytes exceeds 256");
  }

  @Test
  void everyTypeHasARoomyButBoundedPayloadLimit() {
    assertThat(MessageSizes.maxPayloadBytes(MessageType.TXS))
        .isBetween(ProtocolLimits.MAX_TXS_BYTES, ProtocolLimits.MAX_TXS_BYTES + 64 * 1024);
    assertThat(MessageSizes.maxPayloadBytes(MessageType.GET_BLOCKS)).isLessThan(64);
    assertThat(MessageSizes.maxPayloadBytes(MessageType.BLOCKS)).isEqualTo(ProtocolLimits.MAX_FRAME_BYTES);
    // The largest valid message of each bounded kind fits its limit.
    List<Hash> hashes = new ArrayList<>();
    for (int i = 0; i < ProtocolLimits.MAX_HASHES; i++) {
      hashes.add(Hash.fromHexString("0x" + "ff".repeat(32)));
    }
    assertThat(MessageCodec.encodePayload(new NewTxHashes(hashes)).size())
        .isLessThanOrEqualTo(MessageSizes.maxPayloadBytes(MessageType.NEW_TX_HASHES));
    assertThat(MessageCodec.encodePayload(new GetTxs(hashes.subList(0, ProtocolLimits.MAX_TX_REQUEST))).size())
        .isLessThanOrEqualTo(MessageSizes.maxPayloadBytes(MessageType.GET_TXS));
    assertThat(MessageCodec.encodePayload(new GetBlocks(-1, Long.MAX_VALUE, 128)).size())
        .isLessThanOrEqualTo(MessageSizes.maxPayloadBytes(MessageType.GET_BLOCKS));
    Status big = new Status(Integer.MAX_VALUE, -1, Hash.ZERO, Long.MAX_VALUE, Hash.ZERO, 65535);
    assertThat(MessageCodec.encodePayload(big).size())
        .isLessThanOrEqualTo(MessageSizes.maxPayloadBytes(MessageType.STATUS));
    assertThat(MessageCodec.encodePayload(Disconnect.of(DisconnectReason.BAD_BEHAVIOUR, "x".repeat(300))).size())
        .isLessThanOrEqualTo(MessageSizes.maxPayloadBytes(MessageType.DISCONNECT));
  }
}
