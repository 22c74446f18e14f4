package org.peerchain.core.block;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.rlp.RlpException;
import org.peerchain.core.rlp.RlpWriter;
import org.web3j.rlp.RlpEncoder;
import org.web3j.rlp.RlpList;
import org.web3j.rlp.RlpString;

class ReceiptCodecTest {
  private static final String ZERO_BLOOM_HEX = "00".repeat(256);

  @Test
  void legacyReceiptIsAPlainList() {
    Bytes enc = ReceiptCodec.encode(new Receipt(0, true, 21_000));
    // [0x01, 21000, bloom, []]: payload 1 + 3 + (3 + 256) + 1 = 264 bytes.
    assertThat(enc.toHexString()).isEqualTo("0xf90108" + "01" + "825208" + "b90100" + ZERO_BLOOM_HEX + "c0");
    assertThat(enc).isEqualTo(web3j(true, 21_000));
  }

  @Test
  void typedReceiptIsTypeByteThenList() {
    Bytes enc = ReceiptCodec.encode(new Receipt(2, false, 42_000));
    // Failure is the empty string 0x80 (EIP-658), 42000 = 0xa410.
    assertThat(enc.toHexString()).isEqualTo("0x02" + "f90108" + "80" + "82a410" + "b90100" + ZERO_BLOOM_HEX + "c0");
    assertThat(enc.slice(1)).isEqualTo(web3j(false, 42_000));
    assertThat(ReceiptCodec.encode(new Receipt(1, true, 0)).slice(0, 5).toHexString()).isEqualTo("0x01f9010601");
  }

  @Test
  void logsAreRejectedWithAClearMessage() {
    Bytes log = RlpWriter.encodeList(w -> w.writeBytes(new byte[20]).startList().endList().writeBytes(Bytes.EMPTY));
    Bytes withLog = RlpWriter.encodeList(w -> w.writeLong(1).writeLong(21_000).writeBytes(BlockHeader.ZERO_BLOOM)
        .startList().writeRaw(log).endList());
    assertThatThrownBy(() -> ReceiptCodec.decode(withLog))
        .isInstanceOf(RlpException.class).hasMessageContaining("receipt has logs");
    assertThatThrownBy(() -> ReceiptCodec.decode(Bytes.of(2).concatWith(withLog)))
        .isInstanceOf(RlpException.class).hasMessageContaining("receipt has logs");
  }

  @Test
  void nonZeroBloomIsRejected() {
    byte[] bloom = new byte[256];
    bloom[3] = 1;
    assertThatThrownBy(() -> ReceiptCodec.decode(receipt(Bytes.of(1), Bytes.wrap(bloom))))
        .isInstanceOf(RlpException.class).hasMessageContaining("logsBloom must be zero");
  }

  @Test
  void statusMustBeEmptyOrOne() {
    assertThat(ReceiptCodec.decode(receipt(Bytes.EMPTY, BlockHeader.ZERO_BLOOM)).success()).isFalse();
    assertThatThrownBy(() -> ReceiptCodec.decode(receipt(Bytes.of(0), BlockHeader.ZERO_BLOOM)))
        .isInstanceOf(RlpException.class).hasMessageContaining("status must be empty (failure) or 0x01");
    assertThatThrownBy(() -> ReceiptCodec.decode(receipt(Bytes.of(2), BlockHeader.ZERO_BLOOM)))
        .isInstanceOf(RlpException.class).hasMessageContaining("status must be empty (failure) or 0x01");
    assertThatThrownBy(() -> ReceiptCodec.decode(receipt(Bytes.wrap(new byte[32]), BlockHeader.ZERO_BLOOM)))
        .isInstanceOf(RlpException.class).hasMessageContaining("pre-Byzantium");
  }

  @Test
  void envelopeTypesAreChecked() {
    Bytes legacy = ReceiptCodec.encode(new Receipt(0, true, 1));
    assertThatThrownBy(() -> ReceiptCodec.decode(Bytes.of(0).concatWith(legacy)))
        .isInstanceOf(RlpException.class).hasMessageContaining("type 0x00 is not an envelope");
    assertThatThrownBy(() -> ReceiptCodec.decode(Bytes.of(3).concatWith(legacy)))
        .isInstanceOf(RlpException.class).hasMessageContaining("unsupported receipt type 0x03");
    assertThatThrownBy(() -> ReceiptCodec.decode(Bytes.of(2)))
        .isInstanceOf(RlpException.class).hasMessageContaining("no payload");
    assertThatThrownBy(() -> ReceiptCodec.decode(Bytes.of(0x85, 1, 2, 3, 4, 5)))
        .isInstanceOf(RlpException.class).hasMessageContaining("first byte 0x85");
    assertThatThrownBy(() -> new Receipt(3, true, 1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void receiptListsUseTheBlockBodyForm() {
    List<Receipt> receipts = List.of(new Receipt(0, true, 21_000), new Receipt(2, false, 42_000));
    Bytes enc = ReceiptCodec.encodeList(receipts);
    List<Bytes> items = CodecChecks.items(enc);
    assertThat(items.get(0)).isEqualTo(ReceiptCodec.encode(receipts.get(0)));
    assertThat(items.get(1)).isEqualTo(new RlpWriter().writeBytes(ReceiptCodec.encode(receipts.get(1))).toBytes());
    assertThat(ReceiptCodec.decodeList(enc)).isEqualTo(receipts);

    // A string item must hold a typed envelope: a wrapped legacy receipt would not re-encode the same.
    Bytes wrappedLegacy = RlpWriter.encodeList(w -> w.writeBytes(items.get(0)));
    assertThatThrownBy(() -> ReceiptCodec.decodeList(wrappedLegacy))
        .isInstanceOf(RlpException.class).hasMessageContaining("typed receipt has type 0xf9, above 0x7f");
    Bytes empty = RlpWriter.encodeList(w -> w.writeBytes(Bytes.EMPTY));
    assertThatThrownBy(() -> ReceiptCodec.decodeList(empty))
        .isInstanceOf(RlpException.class).hasMessageContaining("receipt 0: empty input");
  }

  private static Bytes receipt(Bytes status, Bytes bloom) {
    return RlpWriter.encodeList(w -> w.writeBytes(status).writeLong(21_000).writeBytes(bloom).startList().endList());
  }

  /** The same receipt through web3j's independent RLP encoder. */
  private static Bytes web3j(boolean success, long cumulativeGas) {
    return Bytes.wrap(RlpEncoder.encode(new RlpList(
        RlpString.create(success ? BigInteger.ONE : BigInteger.ZERO),
        RlpString.create(BigInteger.valueOf(cumulativeGas)),
        RlpString.create(new byte[256]),
        new RlpList())));
  }
}
