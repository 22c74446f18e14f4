package org.peerchain.core.tx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.crypto.PrivateKey;
import org.peerchain.core.rlp.RlpReader;
import org.peerchain.core.rlp.RlpWriter;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.UInt256;

class TransactionDecoderTest {
  private static final PrivateKey KEY = PrivateKey.fromHexString("0x" + "11".repeat(32));
  private static final Address TO = Address.fromHexString("0x00000000000000000000000000000000000000aa");

  @Test
  void blobAndSetCodeTypesAreUnsupported() {
    assertThatThrownBy(() -> TransactionDecoder.decode(Bytes.fromHexString("0x03c0")))
        .isInstanceOfSatisfying(UnsupportedTransactionTypeException.class, e -> assertThat(e.type()).isEqualTo(3))
        .hasMessage("transaction type 3 (blob) is not supported");
    assertThatThrownBy(() -> TransactionDecoder.decode(Bytes.fromHexString("0x04c0")))
        .hasMessage("transaction type 4 (set code) is not supported");
    assertThatThrownBy(() -> TransactionDecoder.decode(Bytes.fromHexString("0x7fc0")))
        .hasMessage("transaction type 127 (unknown) is not supported");
    assertThatThrownBy(() -> TransactionDecoder.decode(Bytes.fromHexString("0x00c0")))
        .isInstanceOf(UnsupportedTransactionTypeException.class);
  }

  @Test
  void emptyAndStringInputsAreRejected() {
    assertThatThrownBy(() -> TransactionDecoder.decode(Bytes.EMPTY))
        .isInstanceOf(TransactionDecodingException.class).hasMessageContaining("empty input");
    assertThatThrownBy(() -> TransactionDecoder.decode(Bytes.fromHexString("0x8180")))
        .isInstanceOf(TransactionDecodingException.class).hasMessageContaining("RLP string");
    assertThatThrownBy(() -> TransactionDecoder.decode(Bytes.of(2)))
        .isInstanceOf(TransactionDecodingException.class).hasMessageContaining("type 2 transaction payload");
  }

  @Test
  void errorsNameTheField() {
    Bytes tooFew = RlpWriter.encodeList(w -> w.writeLong(1).writeLong(2));
    assertThatThrownBy(() -> TransactionDecoder.decode(tooFew))
        .hasMessage("legacy transaction has too few fields: 2 of 9, missing gasLimit");
    Transaction tx = sign(TransactionType.DYNAMIC_FEE);
    byte[] bad = TransactionEncoder.encode(tx).toArray();
    bad[4] = (byte) 0x89; // the nonce 0x80 (zero) becomes a 9-byte string header
    assertThatThrownBy(() -> TransactionDecoder.decode(Bytes.wrap(bad)))
        .isInstanceOf(TransactionDecodingException.class).hasMessageContaining("type 2 transaction");
  }

  @Test
  void contractCreationDecodes() {
    UnsignedTransaction body = UnsignedTransaction.builder(TransactionType.ACCESS_LIST)
        .gasPrice(UInt256.ONE).gasLimit(100_000).data(Bytes.of(0x60, 0x00)).build();
    Transaction tx = TransactionDecoder.decode(TransactionEncoder.encode(TransactionSigner.sign(body, 1, KEY)));
    assertThat(tx.isContractCreation()).isTrue();
    assertThat(tx.to()).isEmpty();
    assertThat(IntrinsicGas.of(tx)).isEqualTo(21_000 + 16 + 4 + 32_000 + 2);
  }

  @Test
  void networkFormWrapsTypedTransactionsInAString() {
    Transaction legacy = sign(TransactionType.LEGACY);
    Transaction typed = sign(TransactionType.DYNAMIC_FEE);
    assertThat(TransactionEncoder.encodeForNetwork(legacy)).isEqualTo(TransactionEncoder.encode(legacy));
    Bytes wrapped = TransactionEncoder.encodeForNetwork(typed);
    assertThat(RlpReader.decodeSingle(wrapped, RlpReader::readBytes)).isEqualTo(TransactionEncoder.encode(typed));

    Bytes body = RlpWriter.encodeList(w -> {
      TransactionEncoder.writeTo(w, legacy);
      TransactionEncoder.writeTo(w, typed);
    });
    List<Transaction> decoded = RlpReader.decodeSingle(body, r -> {
      RlpReader list = r.enterList();
      List<Transaction> out = List.of(TransactionDecoder.readFrom(list), TransactionDecoder.readFrom(list));
      list.expectEnd();
      return out;
    });
    assertThat(decoded).containsExactly(legacy, typed);
    assertThat(decoded.get(1).hash()).isEqualTo(typed.hash());
  }

  @Test
  void networkFormRejectsAWrappedLegacyTransaction() {
    Bytes wrappedLegacy = new RlpWriter().writeBytes(TransactionEncoder.encode(sign(TransactionType.LEGACY))).toBytes();
    assertThatThrownBy(() -> TransactionDecoder.decodeNetworkForm(wrappedLegacy))
        .isInstanceOf(TransactionDecodingException.class).hasMessageContaining("network form");
  }

  @Test
  void decodingKeepsTheInputBytes() {
    Bytes encoded = TransactionEncoder.encode(sign(TransactionType.ACCESS_LIST));
    Transaction tx = TransactionDecoder.decode(encoded);
    assertThat(TransactionEncoder.encode(tx)).isSameAs(encoded);
  }

  private static Transaction sign(TransactionType type) {
    UnsignedTransaction.Builder b = UnsignedTransaction.builder(type).nonce(0).gasLimit(21_000).to(TO)
        .value(UInt256.valueOf(5));
    if (type == TransactionType.DYNAMIC_FEE) {
      b.maxPriorityFeePerGas(UInt256.ONE).maxFeePerGas(UInt256.valueOf(10));
    } else {
      b.gasPrice(UInt256.valueOf(10));
    }
    return TransactionSigner.sign(b.build(), 1, KEY);
  }
}
