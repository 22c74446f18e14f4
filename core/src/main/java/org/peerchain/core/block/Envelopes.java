package org.peerchain.core.block;

import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.rlp.RlpException;
import org.peerchain.core.rlp.RlpReader;
import org.peerchain.core.rlp.RlpWriter;

/**
 * EIP-2718 envelopes (transactions and receipts) inside RLP lists. An envelope is either a legacy
 * RLP list or a type byte in [0x00, 0x7f] followed by the payload. Inside a list, as in a block
 * body, a legacy envelope is spliced in as the list item it already is, and a typed one is wrapped
 * as an RLP string; the first byte of the item tells them apart.
 *
 * <p>Tries (transactions root, receipts root) hash the bare envelope, not this list form.
 */
public final class Envelopes {
  /** Largest EIP-2718 type byte: above it the first byte would be an RLP header. */
  public static final int MAX_TYPE = 0x7f;

  private Envelopes() {}

  /** Checks that {@code envelope} has an EIP-2718 shape; the payload is left to its own codec. */
  public static void requireEnvelope(Bytes envelope, String what) {
    if (envelope.isEmpty()) {
      throw new IllegalArgumentException(what + " envelope is empty");
    }
    int first = envelope.getUnsigned(0);
    if (first >= 0xc0) {
      try {
        RlpReader r = RlpReader.of(envelope);
        r.readRaw();
        r.expectEnd();
      } catch (RlpException e) {
        throw new IllegalArgumentException("legacy " + what + " is not one RLP list: " + e.getMessage(), e);
      }
    } else if (first > MAX_TYPE) {
      throw new IllegalArgumentException(String.format(
          "%s envelope starts with 0x%02x: neither a type byte (<= 0x7f) nor an RLP list (>= 0xc0)", what, first));
    }
  }

  public static boolean isLegacy(Bytes envelope) {
    return envelope.getUnsigned(0) >= 0xc0;
  }

  public static void write(RlpWriter w, Bytes envelope) {
    if (isLegacy(envelope)) {
      w.writeRaw(envelope);
    } else {
      w.writeBytes(envelope);
    }
  }

  /** Reads one envelope item from a list in the form {@link #write} produces. */
  public static Bytes read(RlpReader r, String what) {
    if (r.nextIsList()) {
      return r.readRaw();
    }
    int at = r.position();
    Bytes typed = r.readBytes();
    if (typed.isEmpty()) {
      throw new RlpException(at, "typed " + what + " is empty: expected a type byte and a payload");
    }
    if (typed.getUnsigned(0) > MAX_TYPE) {
      throw new RlpException(at, String.format("typed %s has type 0x%02x, above 0x7f", what, typed.getUnsigned(0)));
    }
    return typed;
  }
}
