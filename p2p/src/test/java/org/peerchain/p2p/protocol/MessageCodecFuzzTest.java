package org.peerchain.p2p.protocol;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.peerchain.core.bytes.Bytes;

/**
 * Arbitrary frame payloads (type byte + body) as a peer may send them after the handshake: every
 * message type, from a seed of each type's valid encoding.
 */
class MessageCodecFuzzTest {

  @FuzzTest
  void decodesCanonicallyOrRejects(byte[] data) {
    DecodeChecks.payload(Bytes.wrap(data));
  }
}
