package org.peerchain.core.rlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.Hash;

class RlpReaderTest {
  private static AbstractThrowableAssert<?, ? extends Throwable> rejectTree(String hex, int offset) {
    return assertThatThrownBy(() -> RlpTree.decode(Bytes.fromHexString(hex)))
        .isInstanceOf(RlpException.class)
        .hasMessageContaining("offset " + offset)
        .matches(e -> ((RlpException) e).offset() == offset, "offset " + offset);
  }

  private static <T> AbstractThrowableAssert<?, ? extends Throwable> reject(
      String hex, java.util.function.Function<RlpReader, T> f) {
    return assertThatThrownBy(() -> RlpReader.decodeSingle(Bytes.fromHexString(hex), f))
        .isInstanceOf(RlpException.class);
  }

  @Test
  void singleByteBelow0x80MustNotBeWrapped() {
    rejectTree("0x8100", 0).hasMessageContaining("single byte 0x00");
    rejectTree("0x817f", 0).hasMessageContaining("must be encoded as itself");
    assertThat(RlpTree.decode(Bytes.fromHexString("0x8180"))).isEqualTo(Bytes.of(0x80));
  }

  @Test
  void longFormLengthBelow56IsRejected() {
    rejectTree("0xb801ff", 0).hasMessageContaining("long-form length").hasMessageContaining("string of 1 byte");
    rejectTree("0xb837" + "00".repeat(55), 0).hasMessageContaining("long-form length");
    rejectTree("0xf803112233", 0).hasMessageContaining("long-form length").hasMessageContaining("list");
  }

  @Test
  void lengthOfLengthWithLeadingZeroIsRejected() {
    rejectTree("0xb90040" + "00".repeat(64), 0).hasMessageContaining("leading zero");
    rejectTree("0xf90040" + "80".repeat(64), 0).hasMessageContaining("leading zero");
  }

  @Test
  void integersWithLeadingZerosAreRejected() {
    reject("0x820001", RlpReader::readLong).hasMessageContaining("leading zero byte");
    reject("0x00", RlpReader::readLong).hasMessageContaining("zero is encoded as 0x80");
    reject("0x00", RlpReader::readInt).hasMessageContaining("leading zero");
    reject("0x820001", RlpReader::readUInt256).hasMessageContaining("leading zero");
    reject("0x820001", r -> r.readUnsigned(4)).hasMessageContaining("leading zero");
    assertThat(RlpReader.decodeSingle(Bytes.fromHexString("0x80"), RlpReader::readLong)).isZero();
    // The same bytes are fine as a plain string: only integers must be minimal.
    assertThat(RlpReader.decodeSingle(Bytes.fromHexString("0x820001"), RlpReader::readBytes))
        .isEqualTo(Bytes.of(0, 1));
  }

  @Test
  void lengthRunningPastTheInputIsRejected() {
    rejectTree("0x836162", 0).hasMessageContaining("runs past the end of the input");
    rejectTree("0xb8", 0).hasMessageContaining("length of RLP string (1 byte(s)) runs past");
    rejectTree("0xf90100", 0).hasMessageContaining("runs past the end of the input");
  }

  @Test
  void lengthRunningPastTheEnclosingListIsRejected() {
    // Outer list holds c2 83 61 62; the inner string claims 3 bytes but its list ends after 61.
    rejectTree("0xc4c2836162", 2).hasMessageContaining("runs past the end of the enclosing list");
    assertThatThrownBy(() -> RlpReader.of(Bytes.fromHexString("0xc3846162636465")).enterList().readBytes())
        .isInstanceOf(RlpException.class).hasMessageContaining("enclosing list");
  }

  @Test
  void lengthsThatOverflowIntAreRejected() {
    rejectTree("0xbf0f000000000000021111", 0).hasMessageContaining("overflows int");
    rejectTree("0xff0f000000000000021111", 0).hasMessageContaining("overflows int");
    rejectTree("0xbb80000000", 0).hasMessageContaining("2147483648 overflows int");
    rejectTree("0xbb7fffffff", 0).hasMessageContaining("runs past");
  }

  @Test
  void trailingBytesAfterTheTopLevelItemAreRejected() {
    rejectTree("0x8080", 1).hasMessageContaining("1 trailing byte(s)");
    rejectTree("0xc0c0c0", 1).hasMessageContaining("2 trailing byte(s)");
    rejectTree("0x", 0).hasMessageContaining("empty input");
  }

  @Test
  void integersMustFitTheRequestedWidth() {
    reject("0x89010000000000000000", RlpReader::readLong).hasMessageContaining("exceeds the maximum of 8");
    reject("0x8480000000", RlpReader::readInt).hasMessageContaining("2147483648 does not fit");
    reject("0x850100000000", RlpReader::readInt).hasMessageContaining("exceeds the maximum of 4");
    reject("0xa1" + "01" + "00".repeat(32), RlpReader::readUInt256).hasMessageContaining("exceeds the maximum of 32");
    assertThat(RlpReader.decodeSingle(Bytes.fromHexString("0x88ffffffffffffffff"), RlpReader::readLong)).isEqualTo(-1L);
    assertThat(RlpReader.decodeSingle(Bytes.fromHexString("0x847fffffff"), RlpReader::readInt))
        .isEqualTo(Integer.MAX_VALUE);
    assertThat(RlpReader.<BigInteger>decodeSingle(Bytes.fromHexString("0x83010000"), r -> r.readUnsigned(3)))
        .isEqualTo(BigInteger.valueOf(65536));
  }

  @Test
  void fixedSizeValuesAndItemKinds() {
    reject("0x9f" + "11".repeat(31), RlpReader::readHash).hasMessageContaining("hash must be 32 bytes, got 31");
    reject("0x95" + "11".repeat(21), RlpReader::readAddress).hasMessageContaining("address must be 20 bytes, got 21");
    reject("0xc0", RlpReader::readBytes).hasMessageContaining("found a list");
    reject("0xc0", RlpReader::readLong).hasMessageContaining("found a list");
    reject("0x80", RlpReader::enterList).hasMessageContaining("expected an RLP list");
    Hash h = Hash.wrap(Bytes.wrap(new byte[32]));
    assertThat(RlpReader.decodeSingle(Bytes.fromHexString("0xa0" + "00".repeat(32)), RlpReader::readHash)).isEqualTo(h);
    assertThat(RlpReader.decodeSingle(Bytes.fromHexString("0x94" + "00".repeat(20)), RlpReader::readAddress))
        .isEqualTo(Address.ZERO);
  }

  @Test
  void listReadersTrackTheirOwnEndAndOffsets() {
    Bytes input = Bytes.fromHexString("0xc7c38001028203e8");
    RlpReader top = RlpReader.of(input);
    RlpReader outer = top.enterList();
    assertThat(top.hasNext()).isFalse();
    assertThat(outer.nextIsList()).isTrue();
    assertThat(outer.readRaw()).isEqualTo(Bytes.fromHexString("0xc3800102"));
    assertThat(outer.position()).isEqualTo(5);
    assertThat(outer.readInt()).isEqualTo(1000);
    outer.expectEnd();
    assertThatThrownBy(outer::readBytes).isInstanceOf(RlpException.class)
        .hasMessageContaining("reached the end of the enclosing list").hasMessageContaining("offset 8");

    RlpReader inner = RlpReader.of(input).enterList().enterList();
    assertThat(inner.readLong()).isZero();
    assertThatThrownBy(inner::expectEnd).isInstanceOf(RlpException.class)
        .hasMessageContaining("2 more byte(s)").hasMessageContaining("offset 3");
  }

  @Test
  void decodeSingleRequiresTheDecoderToConsumeTheItem() {
    assertThatThrownBy(() -> RlpReader.decodeSingle(Bytes.fromHexString("0x80"), r -> 1))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void slicesAreZeroCopyViewsOfTheInput() {
    Bytes input = Bytes.fromHexString("0xc483646f67");
    Bytes dog = RlpReader.of(input).enterList().readBytes();
    assertThat(dog).isEqualTo(Bytes.wrap("dog".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
  }
}
