package org.peerchain.core.block;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.rlp.RlpException;
import org.peerchain.core.rlp.RlpReader;
import org.peerchain.core.rlp.RlpWriter;

/** The checks every codec in this package passes, shared by the property tests. */
record CodecChecks<T>(Function<T, Bytes> encode, Function<Bytes, T> decode) {

  void roundTrips(T value) {
    Bytes encoded = encode.apply(value);
    T decoded = decode.apply(encoded);
    assertThat(decoded).isEqualTo(value);
    assertThat(encode.apply(decoded)).isEqualTo(encoded);
  }

  /** Whatever the strict decoder accepts re-encodes to the very same bytes; anything else is an RlpException. */
  void decodesCanonicallyOrRejects(Bytes input) {
    T decoded;
    try {
      decoded = decode.apply(input);
    } catch (RlpException expected) {
      return;
    }
    assertThat(encode.apply(decoded)).isEqualTo(input);
  }

  void mutated(T value, int where, byte b) {
    byte[] encoded = encode.apply(value).toArray();
    encoded[Math.floorMod(where, encoded.length)] = b;
    decodesCanonicallyOrRejects(Bytes.wrap(encoded));
  }

  void truncatedIsRejected(T value, int cut) {
    Bytes encoded = encode.apply(value);
    int keep = Math.floorMod(cut, encoded.size());
    assertThatThrownBy(() -> decode.apply(encoded.slice(0, keep))).isInstanceOf(RlpException.class);
  }

  void rejects(Bytes input) {
    assertThatThrownBy(() -> decode.apply(input)).isInstanceOf(RlpException.class);
  }

  /** The outer list's items, each as its raw encoding. */
  static List<Bytes> items(Bytes list) {
    return RlpReader.decodeSingle(list, r -> {
      RlpReader l = r.enterList();
      List<Bytes> out = new ArrayList<>();
      while (l.hasNext()) {
        out.add(l.readRaw());
      }
      return out;
    });
  }

  static Bytes list(List<Bytes> items) {
    RlpWriter w = new RlpWriter().startList();
    items.forEach(w::writeRaw);
    return w.endList().toBytes();
  }

  static Bytes withoutLastItem(Bytes list) {
    List<Bytes> items = items(list);
    return list(items.subList(0, items.size() - 1));
  }

  static Bytes withExtraItem(Bytes list, Bytes item) {
    List<Bytes> items = new ArrayList<>(items(list));
    items.add(item);
    return list(items);
  }

  static Bytes replaceItem(Bytes list, int index, Bytes item) {
    List<Bytes> items = new ArrayList<>(items(list));
    items.set(index, item);
    return list(items);
  }

  /** The same list with a non-minimal length prefix (long form below 56, or a zero-padded length). */
  static Bytes withNonCanonicalListHeader(Bytes list) {
    List<Bytes> items = items(list);
    Bytes payload = Bytes.concat(items.toArray(Bytes[]::new));
    int n = payload.size();
    Bytes header;
    if (n < 56) {
      header = Bytes.of(0xf8, n);
    } else {
      Bytes len = Bytes.minimalUnsigned(n);
      header = Bytes.of(0xf7 + len.size() + 1, 0).concatWith(len);
    }
    return header.concatWith(payload);
  }
}
