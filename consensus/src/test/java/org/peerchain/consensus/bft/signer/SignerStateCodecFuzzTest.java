package org.peerchain.consensus.bft.signer;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.rlp.RlpException;

/**
 * Arbitrary bytes as the signer record a validator reads back from disk at start. A corrupted
 * record must fail with an {@link RlpException}, the one failure {@link LocalSigner} turns into a
 * clear refusal to sign; what decodes re-encodes to the very input.
 */
class SignerStateCodecFuzzTest {

  @FuzzTest
  void decodesCanonicallyOrRejects(byte[] data) {
    Bytes input = Bytes.wrap(data);
    SignerState state;
    try {
      state = SignerStateCodec.decode(input);
    } catch (RlpException rejected) {
      return;
    }
    assertThat(SignerStateCodec.encode(state)).isEqualTo(input);
    assertThat(SignerStateCodec.decode(SignerStateCodec.encode(state))).isEqualTo(state);
  }
}
