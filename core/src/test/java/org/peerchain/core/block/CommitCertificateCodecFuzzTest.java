package org.peerchain.core.block;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.peerchain.core.bytes.Bytes;

/** Arbitrary bytes as the commit certificate that travels beside a synced block. */
class CommitCertificateCodecFuzzTest {
  private static final CodecChecks<CommitCertificate> CERTIFICATE =
      new CodecChecks<>(CommitCertificateCodec::encode, CommitCertificateCodec::decode);

  @FuzzTest
  void decodesCanonicallyOrRejects(byte[] data) {
    CERTIFICATE.decodesCanonicallyOrRejects(Bytes.wrap(data));
  }
}
