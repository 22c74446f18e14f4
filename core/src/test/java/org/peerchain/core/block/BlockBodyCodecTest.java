package org.peerchain.core.block;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.crypto.PrivateKey;
import org.peerchain.core.rlp.RlpException;
import org.peerchain.core.rlp.RlpWriter;
import org.peerchain.core.tx.Transaction;
import org.peerchain.core.tx.TransactionDecodingException;
import org.peerchain.core.tx.TransactionEncoder;
import org.peerchain.core.tx.TransactionSigner;
import org.peerchain.core.tx.TransactionType;
import org.peerchain.core.tx.UnsignedTransaction;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.UInt256;

class BlockBodyCodecTest {
  private static final PrivateKey KEY = PrivateKey.fromBigInteger(BigInteger.valueOf(0x5eed));
  private static final Transaction LEGACY = TransactionSigner.sign(UnsignedTransaction.builder(TransactionType.LEGACY)
      .nonce(9).gasPrice(UInt256.valueOf(1_000_000_000L)).gasLimit(21_000)
      .to(Address.wrap(Bytes.wrap(new byte[20]))).value(UInt256.ONE).build(), 1337, KEY);
  private static final Transaction TYPED = TransactionSigner.sign(UnsignedTransaction.builder(TransactionType.DYNAMIC_FEE)
      .nonce(1).maxPriorityFeePerGas(UInt256.ONE).maxFeePerGas(UInt256.valueOf(2_000_000_000L)).gasLimit(21_000)
      .data(Bytes.of(1, 2, 3)).build(), 1337, KEY);

  @Test
  void legacyIsSplicedAndTypedIsWrappedAsAString() {
    Bytes enc = BlockBodyCodec.encode(new BlockBody(List.of(LEGACY, TYPED)));
    List<Bytes> txs = CodecChecks.items(CodecChecks.items(enc).get(0));
    assertThat(txs.get(0)).isEqualTo(TransactionEncoder.encode(LEGACY));
    assertThat(txs.get(1)).isEqualTo(new RlpWriter().writeBytes(TransactionEncoder.encode(TYPED)).toBytes());
    assertThat(CodecChecks.items(enc).get(1)).isEqualTo(Bytes.of(0xc0));
    assertThat(BlockBodyCodec.decode(enc).transactions()).containsExactly(LEGACY, TYPED);
  }

  @Test
  void blockFormIsHeaderTransactionsOmmers() {
    Block block = new Block(BlockHeaderCodecTest.sample(), new BlockBody(List.of(TYPED, LEGACY)));
    List<Bytes> items = CodecChecks.items(BlockCodec.encode(block));
    assertThat(items).hasSize(3);
    assertThat(items.get(0)).isEqualTo(BlockHeaderCodec.encode(block.header()));
    assertThat(CodecChecks.list(items.subList(1, 3))).isEqualTo(BlockBodyCodec.encode(block.body()));
    assertThat(block.hash()).isEqualTo(block.header().hash());
    assertThat(block.transactions()).containsExactly(TYPED, LEGACY);
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
    for (Bytes item : List.of(Bytes.EMPTY, Bytes.of(0x80, 1), TransactionEncoder.encode(LEGACY))) {
      Bytes body = RlpWriter.encodeList(w -> w.startList().writeBytes(item).endList().startList().endList());
      assertThatThrownBy(() -> BlockBodyCodec.decode(body))
          .isInstanceOf(RlpException.class).hasMessageContaining("transaction 0: ")
          .hasMessageContaining("RLP string holding a typed transaction");
    }
  }

  @Test
  void aMalformedTransactionFailsTheBlockNamingItsIndex() {
    List<Bytes> txs = new ArrayList<>();
    for (Transaction tx : List.of(LEGACY, TYPED, LEGACY)) {
      txs.add(TransactionEncoder.encodeForNetwork(tx));
    }
    // The fourth transaction: a type-2 envelope whose payload lacks its last field (s).
    Bytes typed = TransactionEncoder.encode(TYPED);
    Bytes truncated = Bytes.of(2).concatWith(CodecChecks.withoutLastItem(typed.slice(1)));
    txs.add(new RlpWriter().writeBytes(truncated).toBytes());
    Bytes header = BlockHeaderCodec.encode(BlockHeaderCodecTest.sample());
    Bytes block = RlpWriter.encodeList(w -> w.writeRaw(header).writeRaw(CodecChecks.list(txs)).startList().endList());
    int txOffset = block.size() - 1 - txs.get(3).size(); // the bad item is followed only by the empty ommers

    assertThatThrownBy(() -> BlockCodec.decode(block))
        .isInstanceOf(RlpException.class)
        .hasMessageStartingWith("transaction 3: ")
        .hasMessageContaining("type 2 transaction")
        .hasCauseInstanceOf(TransactionDecodingException.class)
        .satisfies(e -> assertThat(((RlpException) e).offset()).isEqualTo(txOffset));
  }
}
