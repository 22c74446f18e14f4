package org.peerchain.p2p.protocol;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.peerchain.core.bytes.Bytes;

/** Arbitrary Blocks bodies: the deepest message (headers, typed transactions, certificates). */
class BlocksMessageFuzzTest {

  @FuzzTest
  void decodesCanonicallyOrRejects(byte[] data) {
    DecodeChecks.body(MessageType.BLOCKS, Bytes.wrap(data));
  }
}
