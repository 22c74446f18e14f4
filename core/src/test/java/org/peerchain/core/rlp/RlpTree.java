package org.peerchain.core.rlp;

import java.util.ArrayList;
import java.util.List;
import org.peerchain.core.bytes.Bytes;

/** Generic RLP value for tests: a {@link Bytes} string or a {@code List} of such values. */
final class RlpTree {
  private RlpTree() {}

  /** Strictly decodes exactly one item and walks all of it, so every nested item is validated. */
  static Object decode(Bytes encoded) {
    return RlpReader.decodeSingle(encoded, RlpTree::read);
  }

  static Object read(RlpReader r) {
    if (!r.nextIsList()) {
      return r.readBytes();
    }
    RlpReader list = r.enterList();
    List<Object> items = new ArrayList<>();
    while (list.hasNext()) {
      items.add(read(list));
    }
    list.expectEnd();
    return items;
  }

  static Bytes encode(Object tree) {
    RlpWriter w = new RlpWriter();
    write(w, tree);
    return w.toBytes();
  }

  static void write(RlpWriter w, Object tree) {
    if (tree instanceof Bytes b) {
      w.writeBytes(b);
    } else if (tree instanceof List<?> list) {
      w.startList();
      for (Object item : list) {
        write(w, item);
      }
      w.endList();
    } else {
      throw new IllegalArgumentException("not an RLP tree node: " + tree);
    }
  }
}
