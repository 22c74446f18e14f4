package org.peerchain.consensus.bft.signer;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.rlp.RlpException;
import org.peerchain.core.rlp.RlpReader;

/**
 * Arbitrary bytes as the signer record a validator reads back from disk at start. A corrupted
 * record must fail with an {@link RlpException}, the one failure {@link LocalSigner} turns into a
 * clear refusal to sign. A record of the current version re-encodes to the very input; one of
 * the older version (no lock proof) still reads, and is written back in the current format.
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
    Bytes current = SignerStateCodec.encode(state);
    assertThat(SignerStateCodec.decode(current)).isEqualTo(state);
    if (RlpReader.of(input).enterList().readInt() == SignerStateCodec.VERSION) {
      assertThat(current).isEqualTo(input);
    } else {
      assertThat(state.lockProof()).isEmpty();
    }
  }
}
