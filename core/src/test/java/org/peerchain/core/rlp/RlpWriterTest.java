package org.peerchain.core.rlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.Hash;
import org.peerchain.core.types.UInt256;

class RlpWriterTest {
  private static String hex(RlpWriter w) {
    return w.toBytes().toHexString();
  }

  @Test
  void integersAreMinimal() {
    assertThat(hex(new RlpWriter().writeLong(0))).isEqualTo("0x80");
    assertThat(hex(new RlpWriter().writeLong(0x7f))).isEqualTo("0x7f");
    assertThat(hex(new RlpWriter().writeLong(0x80))).isEqualTo("0x8180");
    assertThat(hex(new RlpWriter().writeLong(-1))).isEqualTo("0x88ffffffffffffffff");
    assertThat(hex(new RlpWriter().writeInt(1024))).isEqualTo("0x820400");
    assertThat(hex(new RlpWriter().writeUInt256(UInt256.ZERO))).isEqualTo("0x80");
    assertThat(hex(new RlpWriter().writeBigInteger(BigInteger.valueOf(1000)))).isEqualTo("0x8203e8");
    assertThatThrownBy(() -> new RlpWriter().writeInt(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RlpWriter().writeBigInteger(BigInteger.ONE.negate()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void stringsUseShortAndLongForms() {
    assertThat(hex(new RlpWriter().writeBytes(new byte[0]))).isEqualTo("0x80");
    assertThat(hex(new RlpWriter().writeBytes(new byte[] {0}))).isEqualTo("0x00");
    assertThat(hex(new RlpWriter().writeBytes(new byte[55]))).startsWith("0xb700");
    assertThat(hex(new RlpWriter().writeBytes(new byte[56]))).startsWith("0xb83800");
    assertThat(hex(new RlpWriter().writeBytes(new byte[256]))).startsWith("0xb9010000");
    assertThat(hex(new RlpWriter().writeHash(Hash.ZERO))).isEqualTo("0xa0" + "00".repeat(32));
    assertThat(hex(new RlpWriter().writeAddress(Address.ZERO))).isEqualTo("0x94" + "00".repeat(20));
  }

  @Test
  void nestedListsGetHeadersThatIncludeInnerHeaders() {
    // [ [], [[]], [ [], [[]] ] ] from the ethereum/tests vectors.
    RlpWriter w = new RlpWriter().startList()
        .startList().endList()
        .startList().startList().endList().endList()
        .startList().startList().endList().startList().startList().endList().endList().endList()
        .endList();
    assertThat(hex(w)).isEqualTo("0xc7c0c1c0c3c0c1c0");

    // A list whose payload needs a long-form header only because of its children's headers.
    Bytes big = RlpWriter.encodeList(l -> {
      for (int i = 0; i < 20; i++) {
        l.startList().writeLong(1).writeLong(2).endList();
      }
    });
    assertThat(big.size()).isEqualTo(2 + 60);
    assertThat(big.slice(0, 2)).isEqualTo(Bytes.of(0xf8, 60));
  }

  @Test
  void deepNestingIsLinearAndCorrect() {
    int depth = 100_000;
    RlpWriter w = new RlpWriter();
    for (int i = 0; i < depth; i++) {
      w.startList();
    }
    for (int i = 0; i < depth; i++) {
      w.endList();
    }
    Bytes encoded = w.toBytes();
    RlpReader r = RlpReader.of(encoded);
    int seen = 0;
    while (r.hasNext()) {
      r = r.enterList();
      seen++;
    }
    assertThat(seen).isEqualTo(depth);
  }

  @Test
  void writeRawSplicesOneEncodedItem() {
    Bytes inner = RlpWriter.encodeList(l -> l.writeLong(1).writeBytes(new byte[] {9, 9}));
    Bytes outer = RlpWriter.encodeList(l -> l.writeRaw(inner).writeRaw(Bytes.of(0x05)));
    assertThat(outer).isEqualTo(RlpWriter.encodeList(l -> l.startList().writeLong(1).writeBytes(new byte[] {9, 9})
        .endList().writeLong(5)));
    assertThatThrownBy(() -> new RlpWriter().writeRaw(Bytes.of(0x80, 0x80)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exactly one");
    assertThatThrownBy(() -> new RlpWriter().writeRaw(Bytes.of(0x83, 0x01)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void unbalancedListsAreProgrammingErrors() {
    assertThatThrownBy(() -> new RlpWriter().startList().toBytes()).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("still open");
    assertThatThrownBy(() -> new RlpWriter().endList()).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void severalTopLevelItemsConcatenateAndToBytesIsRepeatable() {
    RlpWriter w = new RlpWriter().writeLong(1).startList().endList().writeBytes(Bytes.EMPTY);
    assertThat(hex(w)).isEqualTo("0x01c080");
    assertThat(hex(w)).isEqualTo("0x01c080");
    List<Object> items = new ArrayList<>();
    RlpReader r = RlpReader.of(w.toBytes());
    while (r.hasNext()) {
      items.add(r.readRaw());
    }
    assertThat(items).hasSize(3);
  }
}
