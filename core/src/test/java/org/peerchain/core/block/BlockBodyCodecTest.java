package org.peerchain.core.block;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.rlp.RlpException;
import org.peerchain.core.rlp.RlpWriter;

class BlockBodyCodecTest {
  private static final Bytes LEGACY = RlpWriter.encodeList(w -> w.writeLong(9).writeBytes(Bytes.of(1, 2, 3)));
  private static final Bytes TYPED = Bytes.of(2).concatWith(RlpWriter.encodeList(w -> w.writeLong(1)));

  @Test
  void legacyIsSplicedAndTypedIsWrappedAsAString() {
    Bytes enc = BlockBodyCodec.encode(new BlockBody(List.of(LEGACY, TYPED)));
    List<Bytes> txs = CodecChecks.items(CodecChecks.items(enc).get(0));
    assertThat(txs.get(0)).isEqualTo(LEGACY);
    assertThat(txs.get(1)).isEqualTo(new RlpWriter().writeBytes(TYPED).toBytes());
    assertThat(CodecChecks.items(enc).get(1)).isEqualTo(Bytes.of(0xc0));
  }

  @Test
  void blockFormIsHeaderTransactionsOmmers() {
    Block block = new Block(BlockHeaderCodecTest.sample(), new BlockBody(List.of(TYPED, LEGACY)));
    List<Bytes> items = CodecChecks.items(BlockCodec.encode(block));
    assertThat(items).hasSize(3);
    assertThat(items.get(0)).isEqualTo(BlockHeaderCodec.encode(block.header()));
    assertThat(CodecChecks.list(items.subList(1, 3))).isEqualTo(BlockBodyCodec.encode(block.body()));
    assertThat(block.hash()).isEqualTo(block.header().hash());
  }

  @Test
  void nonEmptyOmmersAreRejected() {
    Bytes ommer = BlockHeaderCodec.encode(BlockHeaderCodecTest.sample());
    Bytes body = RlpWriter.encodeList(w -> w.startList().endList().startList().writeRaw(ommer).endList());
    assertThatThrownBy(() -> BlockBodyCodec.decode(body))
        .isInstanceOf(RlpException.class).hasMessageContaining("ommers must be empty");
    Bytes block = RlpWriter.encodeList(w -> w.writeRaw(ommer).startList().endList().startList().writeRaw(ommer).endList());
    assertThatThrownBy(() -> BlockCodec.decode(block))
        .isInstanceOf(RlpException.class).hasMessageContaining("ommers must be empty");
  }

  @Test
  void typedItemsMustCarryATypeByte() {
    Bytes empty = RlpWriter.encodeList(w -> w.startList().writeBytes(Bytes.EMPTY).endList().startList().endList());
    assertThatThrownBy(() -> BlockBodyCodec.decode(empty))
        .isInstanceOf(RlpException.class).hasMessageContaining("typed transaction is empty");
    Bytes high = RlpWriter.encodeList(w -> w.startList().writeBytes(Bytes.of(0x80, 1)).endList().startList().endList());
    assertThatThrownBy(() -> BlockBodyCodec.decode(high))
        .isInstanceOf(RlpException.class).hasMessageContaining("type 0x80, above 0x7f");
  }

  @Test
  void constructorRefusesWhatIsNotAnEnvelope() {
    assertThatThrownBy(() -> new BlockBody(List.of(Bytes.EMPTY))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new BlockBody(List.of(Bytes.of(0x83, 1, 2, 3))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("neither a type byte");
    assertThatThrownBy(() -> new BlockBody(List.of(LEGACY.concatWith(Bytes.of(0)))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not one RLP list");
  }
}
