package org.peerchain.core.block;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.rlp.RlpWriter;

class BlockCodecsPropertyTest {
  static final CodecChecks<BlockHeader> HEADER = new CodecChecks<>(BlockHeaderCodec::encode, BlockHeaderCodec::decode);
  static final CodecChecks<BlockBody> BODY = new CodecChecks<>(BlockBodyCodec::encode, BlockBodyCodec::decode);
  static final CodecChecks<Block> BLOCK = new CodecChecks<>(BlockCodec::encode, BlockCodec::decode);
  static final CodecChecks<Receipt> RECEIPT = new CodecChecks<>(ReceiptCodec::encode, ReceiptCodec::decode);
  static final CodecChecks<CommitCertificate> CERT =
      new CodecChecks<>(CommitCertificateCodec::encode, CommitCertificateCodec::decode);

  // --- round trips

  @Property
  void headersRoundTrip(@ForAll("headers") BlockHeader h) {
    HEADER.roundTrips(h);
    assertThat(BlockHeaderCodec.decode(BlockHeaderCodec.encode(h)).hash()).isEqualTo(h.hash());
  }

  @Property
  void bodiesRoundTrip(@ForAll("bodies") BlockBody b) {
    BODY.roundTrips(b);
  }

  @Property
  void blocksRoundTrip(@ForAll("blocks") Block b) {
    BLOCK.roundTrips(b);
  }

  @Property
  void receiptsRoundTrip(@ForAll("receipts") Receipt r) {
    RECEIPT.roundTrips(r);
  }

  @Property
  void receiptListsRoundTrip(@ForAll("receiptLists") List<Receipt> rs) {
    assertThat(ReceiptCodec.decodeList(ReceiptCodec.encodeList(rs))).isEqualTo(rs);
  }

  @Property
  void certificatesRoundTrip(@ForAll("certificates") CommitCertificate c) {
    CERT.roundTrips(c);
  }

  // --- arbitrary and corrupted input fails only with RlpException

  @Property(tries = 3000)
  void randomBytesDecodeCanonicallyOrFailCleanly(@ForAll @Size(max = 120) byte[] input) {
    Bytes in = Bytes.wrap(input);
    HEADER.decodesCanonicallyOrRejects(in);
    BODY.decodesCanonicallyOrRejects(in);
    BLOCK.decodesCanonicallyOrRejects(in);
    RECEIPT.decodesCanonicallyOrRejects(in);
    CERT.decodesCanonicallyOrRejects(in);
  }

  @Property(tries = 1000)
  void mutatedHeaders(@ForAll("headers") BlockHeader h, @ForAll int where, @ForAll byte b) {
    HEADER.mutated(h, where, b);
  }

  @Property(tries = 1000)
  void mutatedBlocks(@ForAll("blocks") Block block, @ForAll int where, @ForAll byte b) {
    BLOCK.mutated(block, where, b);
  }

  @Property(tries = 1000)
  void mutatedBodies(@ForAll("bodies") BlockBody body, @ForAll int where, @ForAll byte b) {
    BODY.mutated(body, where, b);
  }

  @Property(tries = 1000)
  void mutatedReceipts(@ForAll("receipts") Receipt r, @ForAll int where, @ForAll byte b) {
    RECEIPT.mutated(r, where, b);
  }

  @Property(tries = 1000)
  void mutatedCertificates(@ForAll("certificates") CommitCertificate c, @ForAll int where, @ForAll byte b) {
    CERT.mutated(c, where, b);
  }

  @Property
  void truncatedEncodingsAreRejected(@ForAll("headers") BlockHeader h, @ForAll("blocks") Block block,
      @ForAll("receipts") Receipt r, @ForAll("certificates") CommitCertificate c, @ForAll int cut) {
    HEADER.truncatedIsRejected(h, cut);
    BLOCK.truncatedIsRejected(block, cut);
    BODY.truncatedIsRejected(block.body(), cut);
    RECEIPT.truncatedIsRejected(r, cut);
    CERT.truncatedIsRejected(c, cut);
  }

  // --- wrong field counts and non-canonical framing

  @Property(tries = 200)
  void wrongFieldCountsAreRejected(@ForAll("headers") BlockHeader h, @ForAll("blocks") Block block,
      @ForAll("certificates") CommitCertificate c) {
    Bytes extra = Bytes.of(0x80);
    Bytes header = BlockHeaderCodec.encode(h);
    HEADER.rejects(CodecChecks.withoutLastItem(header));
    HEADER.rejects(CodecChecks.withExtraItem(header, extra));
    BLOCK.rejects(CodecChecks.withoutLastItem(BlockCodec.encode(block)));
    BLOCK.rejects(CodecChecks.withExtraItem(BlockCodec.encode(block), Bytes.of(0xc0)));
    BODY.rejects(CodecChecks.withoutLastItem(BlockBodyCodec.encode(block.body())));
    BODY.rejects(CodecChecks.withExtraItem(BlockBodyCodec.encode(block.body()), Bytes.of(0xc0)));
    CERT.rejects(CodecChecks.withoutLastItem(CommitCertificateCodec.encode(c)));
    CERT.rejects(CodecChecks.withExtraItem(CommitCertificateCodec.encode(c), extra));
  }

  @Property(tries = 200)
  void receiptsWithWrongFieldCountsAreRejected(@ForAll("receipts") Receipt r) {
    Bytes enc = ReceiptCodec.encode(r);
    Bytes type = r.type() == 0 ? Bytes.EMPTY : enc.slice(0, 1);
    Bytes payload = r.type() == 0 ? enc : enc.slice(1);
    RECEIPT.rejects(type.concatWith(CodecChecks.withoutLastItem(payload)));
    RECEIPT.rejects(type.concatWith(CodecChecks.withExtraItem(payload, Bytes.of(0x80))));
  }

  @Property(tries = 200)
  void nonCanonicalListHeadersAreRejected(@ForAll("headers") BlockHeader h, @ForAll("blocks") Block block,
      @ForAll("receipts") Receipt r, @ForAll("certificates") CommitCertificate c) {
    HEADER.rejects(CodecChecks.withNonCanonicalListHeader(BlockHeaderCodec.encode(h)));
    BLOCK.rejects(CodecChecks.withNonCanonicalListHeader(BlockCodec.encode(block)));
    BODY.rejects(CodecChecks.withNonCanonicalListHeader(BlockBodyCodec.encode(block.body())));
    CERT.rejects(CodecChecks.withNonCanonicalListHeader(CommitCertificateCodec.encode(c)));
    Bytes enc = ReceiptCodec.encode(r);
    Bytes type = r.type() == 0 ? Bytes.EMPTY : enc.slice(0, 1);
    RECEIPT.rejects(type.concatWith(CodecChecks.withNonCanonicalListHeader(r.type() == 0 ? enc : enc.slice(1))));
  }

  @Property(tries = 200)
  void integersWithLeadingZerosAreRejected(@ForAll("headers") BlockHeader h, @ForAll("certificates") CommitCertificate c) {
    // number (index 8) as 0x00-prefixed bytes; the same value, so only canonicity can reject it.
    Bytes number = new RlpWriter()
        .writeBytes(Bytes.of(0).concatWith(Bytes.minimalUnsigned(h.number()))).toBytes();
    HEADER.rejects(CodecChecks.replaceItem(BlockHeaderCodec.encode(h), 8, number));
    Bytes height = new RlpWriter()
        .writeBytes(Bytes.of(0).concatWith(Bytes.minimalUnsigned(c.height()))).toBytes();
    CERT.rejects(CodecChecks.replaceItem(CommitCertificateCodec.encode(c), 0, height));
  }

  @Provide
  Arbitrary<BlockHeader> headers() {
    return BlockArbitraries.headers();
  }

  @Provide
  Arbitrary<BlockBody> bodies() {
    return BlockArbitraries.bodies();
  }

  @Provide
  Arbitrary<Block> blocks() {
    return BlockArbitraries.blocks();
  }

  @Provide
  Arbitrary<Receipt> receipts() {
    return BlockArbitraries.receipts();
  }

  @Provide
  Arbitrary<List<Receipt>> receiptLists() {
    return BlockArbitraries.receipts().list().ofMaxSize(8);
  }

  @Provide
  Arbitrary<CommitCertificate> certificates() {
    return BlockArbitraries.certificates();
  }
}
