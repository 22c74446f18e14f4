package org.peerchain.core.block;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.peerchain.core.bytes.Bytes;

/**
 * Arbitrary bytes as a block, a header and a body, as sync and proposals deliver them: each codec
 * rejects them with an RlpException or decodes what re-encodes to the very input.
 */
class BlockCodecFuzzTest {
  private static final CodecChecks<Block> BLOCK = new CodecChecks<>(BlockCodec::encode, BlockCodec::decode);
  private static final CodecChecks<BlockHeader> HEADER =
      new CodecChecks<>(BlockHeaderCodec::encode, BlockHeaderCodec::decode);
  private static final CodecChecks<BlockBody> BODY = new CodecChecks<>(BlockBodyCodec::encode, BlockBodyCodec::decode);

  @FuzzTest
  void decodesCanonicallyOrRejects(byte[] data) {
    Bytes input = Bytes.wrap(data);
    BLOCK.decodesCanonicallyOrRejects(input);
    HEADER.decodesCanonicallyOrRejects(input);
    BODY.decodesCanonicallyOrRejects(input);
  }
}
