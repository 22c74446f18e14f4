package org.peerchain.core.tx;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.peerchain.core.bytes.Bytes;

/**
 * Arbitrary bytes in both forms a transaction arrives in: the EIP-2718 envelope of
 * eth_sendRawTransaction and the network form inside block bodies. Either the decoder throws
 * {@link TransactionDecodingException}, or the fields it read encode back to the very input, since
 * the hash covers those bytes.
 */
class TransactionDecoderFuzzTest {
  // Every gossiped or submitted transaction meets the stateless checks right after decoding.
  private static final TransactionValidator VALIDATOR = new TransactionValidator(1337);

  @FuzzTest
  void decodesOrRejects(byte[] data) {
    Bytes input = Bytes.wrap(data);
    envelope(input);
    networkForm(input);
  }

  private static void envelope(Bytes input) {
    Transaction tx;
    try {
      tx = TransactionDecoder.decode(input);
    } catch (TransactionDecodingException rejected) {
      return;
    }
    Transaction rebuilt = rebuild(tx);
    Bytes encoded = TransactionEncoder.encode(rebuilt);
    assertThat(encoded).isEqualTo(input);
    assertThat(TransactionDecoder.decode(encoded)).isEqualTo(tx);
    assertThat(rebuilt.hash()).isEqualTo(tx.hash());
    tx.signingHash();
    VALIDATOR.validate(tx);
  }

  private static void networkForm(Bytes input) {
    Transaction tx;
    try {
      tx = TransactionDecoder.decodeNetworkForm(input);
    } catch (TransactionDecodingException rejected) {
      return;
    }
    assertThat(TransactionEncoder.encodeForNetwork(rebuild(tx))).isEqualTo(input);
  }

  /** The same fields in a fresh object, whose encoding comes from the encoder rather than the decoded bytes. */
  private static Transaction rebuild(Transaction tx) {
    return tx.type().isTyped()
        ? Transaction.typed(tx.body(), tx.chainId().orElseThrow(), tx.v(), tx.r(), tx.s())
        : Transaction.legacy(tx.body(), tx.v(), tx.r(), tx.s());
  }
}
