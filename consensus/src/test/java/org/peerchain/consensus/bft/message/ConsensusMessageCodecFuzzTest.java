package org.peerchain.consensus.bft.message;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.rlp.RlpException;
import org.peerchain.core.types.Hash;

/**
 * Arbitrary bytes as a gossiped proposal or vote. The codec rejects them with an
 * {@link RlpException} or decodes a message that encodes back to the very input: a second
 * encoding of one signed message would pass the signature check under another message id.
 */
class ConsensusMessageCodecFuzzTest {

  @FuzzTest
  void decodesCanonicallyOrRejects(byte[] data) {
    Bytes input = Bytes.wrap(data);
    ConsensusMessage message;
    try {
      message = ConsensusMessageCodec.decode(input);
    } catch (RlpException rejected) {
      return;
    }
    assertThat(ConsensusMessageCodec.encode(message)).isEqualTo(input);
    assertThat(ConsensusMessageCodec.decode(ConsensusMessageCodec.encode(message))).isEqualTo(message);
    SigningBytes.of(new SigningDomain(1337, Hash.ZERO), message);
  }
}
