package org.peerchain.core.rlp;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.peerchain.core.bytes.Bytes;

/**
 * Arbitrary bytes through the strict reader. It must either reject them with an
 * {@link RlpException} or return items whose canonical encoding is the input itself: a second
 * encoding of the same value would give one message two hashes.
 */
class RlpReaderFuzzTest {

  @FuzzTest
  void readsCanonicalRlpOrRejects(byte[] data) {
    Bytes input = Bytes.wrap(data);
    Object tree;
    try {
      tree = RlpTree.decode(input);
    } catch (RlpException rejected) {
      return;
    }
    assertThat(RlpTree.encode(tree)).isEqualTo(input);
    if (tree instanceof List<?>) {
      RlpReader items = RlpReader.of(input).enterList();
      while (items.hasNext()) {
        readAsEveryType(items.readRaw());
      }
    } else {
      readAsEveryType(input);
    }
  }

  /** The typed reads codecs use: each either rejects the item or reads a value that encodes back to it. */
  private static void readAsEveryType(Bytes item) {
    typed(item, RlpReader::readBytes, RlpWriter::writeBytes);
    typed(item, RlpReader::readLong, RlpWriter::writeLong);
    typed(item, RlpReader::readInt, RlpWriter::writeInt);
    typed(item, RlpReader::readUInt256, RlpWriter::writeUInt256);
    typed(item, r -> r.readUnsigned(32), RlpWriter::writeBigInteger);
    typed(item, RlpReader::readHash, RlpWriter::writeHash);
    typed(item, RlpReader::readAddress, RlpWriter::writeAddress);
  }

  private static <T> void typed(Bytes item, Function<RlpReader, T> read, BiConsumer<RlpWriter, T> write) {
    T value;
    try {
      value = RlpReader.decodeSingle(item, read);
    } catch (RlpException rejected) {
      return;
    }
    RlpWriter w = new RlpWriter();
    write.accept(w, value);
    assertThat(w.toBytes()).as("re-encoded %s", value).isEqualTo(item);
  }
}
