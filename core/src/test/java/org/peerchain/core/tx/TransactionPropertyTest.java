package org.peerchain.core.tx;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.crypto.PrivateKey;
import org.peerchain.core.crypto.Secp256k1;
import org.peerchain.core.rlp.RlpReader;
import org.peerchain.core.rlp.RlpWriter;
import org.peerchain.core.testsupport.TransactionArbitraries;
import org.peerchain.core.types.UInt256;

class TransactionPropertyTest {

  @Property(tries = 300)
  void signedTransactionsRoundTrip(@ForAll("signed") Transaction tx) {
    Bytes encoded = TransactionEncoder.encode(tx);
    Transaction decoded = TransactionDecoder.decode(encoded);
    assertThat(decoded).isEqualTo(tx).hasSameHashCodeAs(tx);
    assertThat(decoded.hash()).isEqualTo(tx.hash());
    assertThat(decoded.sender()).isPresent().isEqualTo(tx.sender());
    assertThat(TransactionDecoder.decodeNetworkForm(TransactionEncoder.encodeForNetwork(tx))).isEqualTo(tx);
  }

  @Property(tries = 200)
  void signerRecoversTheSigningKey(@ForAll("unsigned") UnsignedTransaction body, @ForAll("chainIds") long chainId,
      @ForAll("keys") PrivateKey key) {
    Transaction tx = TransactionSigner.sign(body, chainId, key);
    assertThat(tx.sender()).contains(Secp256k1.get().publicKey(key).address());
    assertThat(tx.chainId()).contains(UInt256.valueOf(chainId));
    assertThat(tx.signature()).hasValueSatisfying(sig -> assertThat(sig.isLowS()).isTrue());
  }

  @Property(tries = 1000)
  void anySignatureValuesRoundTrip(@ForAll("rawSignatureValues") Transaction tx) {
    Transaction decoded = TransactionDecoder.decode(TransactionEncoder.encode(tx));
    assertThat(decoded).isEqualTo(tx).hasSameHashCodeAs(tx);
    assertThat(decoded.chainId()).isEqualTo(tx.chainId());
    // Whatever the values, validation answers instead of throwing.
    assertThat(new TransactionValidator(1).validate(decoded)).isNotNull();
  }

  @Property(tries = 3000)
  void randomBytesFailOnlyWithDecodingException(@ForAll @Size(max = 120) byte[] input) {
    assertDecodesOrRejectsCleanly(Bytes.wrap(input));
  }

  @Property(tries = 3000)
  void randomTypedPayloadsFailOnlyWithDecodingException(
      @ForAll @IntRange(min = 0, max = 5) int type, @ForAll @Size(max = 120) byte[] payload) {
    assertDecodesOrRejectsCleanly(Bytes.of(type).concatWith(Bytes.wrap(payload)));
  }

  // Corrupting a valid encoding reaches the deep paths (right headers, wrong sizes) far more often.
  @Property(tries = 3000)
  void mutatedEncodingsFailOnlyWithDecodingException(
      @ForAll("rawSignatureValues") Transaction tx, @ForAll int where, @ForAll byte value) {
    byte[] encoded = TransactionEncoder.encode(tx).toArray();
    encoded[Math.floorMod(where, encoded.length)] = value;
    assertDecodesOrRejectsCleanly(Bytes.wrap(encoded));
    assertNetworkFormDecodesOrRejectsCleanly(Bytes.wrap(encoded));
  }

  @Property(tries = 1000)
  void truncatedEncodingsAreRejected(@ForAll("rawSignatureValues") Transaction tx, @ForAll int cut) {
    Bytes encoded = TransactionEncoder.encode(tx);
    Bytes prefix = encoded.slice(0, Math.floorMod(cut, encoded.size()));
    try {
      TransactionDecoder.decode(prefix);
      throw new AssertionError("a strict prefix decoded: " + prefix);
    } catch (TransactionDecodingException expected) {
      assertThat(expected).hasMessageNotContaining("null");
    }
  }

  private static void assertDecodesOrRejectsCleanly(Bytes input) {
    Transaction tx;
    try {
      tx = TransactionDecoder.decode(input);
    } catch (TransactionDecodingException expected) {
      assertThat(expected.getMessage()).isNotBlank();
      return;
    }
    // Only canonical input decodes: rebuilding from the fields gives the very same bytes.
    Transaction rebuilt = tx.type().isTyped()
        ? Transaction.typed(tx.body(), tx.chainId().orElseThrow(), tx.v(), tx.r(), tx.s())
        : Transaction.legacy(tx.body(), tx.v(), tx.r(), tx.s());
    assertThat(TransactionEncoder.encode(rebuilt)).isEqualTo(input);
    assertThat(new TransactionValidator(1).validate(tx)).isNotNull();
  }

  private static void assertNetworkFormDecodesOrRejectsCleanly(Bytes envelope) {
    Bytes wrapped = new RlpWriter().writeBytes(envelope).toBytes();
    for (Bytes item : new Bytes[] {wrapped, envelope}) {
      try {
        Transaction tx = TransactionDecoder.decodeNetworkForm(item);
        assertThat(RlpReader.decodeSingle(item, RlpReader::readRaw)).isEqualTo(item);
        assertThat(tx).isNotNull();
      } catch (TransactionDecodingException expected) {
        assertThat(expected.getMessage()).isNotBlank();
      }
    }
  }

  @Provide
  Arbitrary<Transaction> signed() {
    return TransactionArbitraries.signed();
  }

  @Provide
  Arbitrary<Transaction> rawSignatureValues() {
    return TransactionArbitraries.withRawSignatureValues();
  }

  @Provide
  Arbitrary<UnsignedTransaction> unsigned() {
    return TransactionArbitraries.unsigned();
  }

  @Provide
  Arbitrary<Long> chainIds() {
    return TransactionArbitraries.chainIds();
  }

  @Provide
  Arbitrary<PrivateKey> keys() {
    return TransactionArbitraries.keys();
  }
}
