package org.peerchain.core.block;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import org.peerchain.core.bytes.Bytes;

/** Arbitrary bytes as one receipt envelope and as a block's list of them, as read back from disk. */
class ReceiptCodecFuzzTest {
  private static final CodecChecks<Receipt> RECEIPT = new CodecChecks<>(ReceiptCodec::encode, ReceiptCodec::decode);
  private static final CodecChecks<List<Receipt>> RECEIPTS =
      new CodecChecks<>(ReceiptCodec::encodeList, ReceiptCodec::decodeList);

  @FuzzTest
  void decodesCanonicallyOrRejects(byte[] data) {
    Bytes input = Bytes.wrap(data);
    RECEIPT.decodesCanonicallyOrRejects(input);
    RECEIPTS.decodesCanonicallyOrRejects(input);
  }
}
