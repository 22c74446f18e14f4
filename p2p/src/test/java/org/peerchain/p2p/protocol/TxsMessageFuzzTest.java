package org.peerchain.p2p.protocol;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.peerchain.core.bytes.Bytes;

/** Arbitrary Txs bodies: legacy and typed transactions, each wrapped in an RLP string. */
class TxsMessageFuzzTest {

  @FuzzTest
  void decodesCanonicallyOrRejects(byte[] data) {
    DecodeChecks.body(MessageType.TXS, Bytes.wrap(data));
  }
}
