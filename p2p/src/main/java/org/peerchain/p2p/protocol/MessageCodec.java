package org.peerchain.p2p.protocol;

import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.rlp.RlpException;
import org.peerchain.core.rlp.RlpReader;
import org.peerchain.core.rlp.RlpWriter;
import org.peerchain.core.tx.TransactionDecodingException;

/**
 * Messages to and from their frame payload: one type byte, then exactly one RLP item (the body).
 * Decoding accepts only canonical RLP with nothing after the body; any failure is a
 * {@link ProtocolException} with {@link DisconnectReason#MALFORMED_MESSAGE}.
 */
public final class MessageCodec {
  private MessageCodec() {}

  /** The RLP body of {@code m}, without the type byte. */
  public static Bytes encodeBody(Message m) {
    RlpWriter w = new RlpWriter();
    if (m instanceof Status s) {
      ControlCodec.writeStatus(w, s);
    } else if (m instanceof Disconnect d) {
      ControlCodec.writeDisconnect(w, d);
    } else if (m instanceof Ping || m instanceof Pong || m instanceof GetPeers) {
      ControlCodec.writeEmpty(w);
    } else if (m instanceof Peers p) {
      ControlCodec.writePeers(w, p);
    } else if (m instanceof NewTxHashes n) {
      TxMessageCodec.writeHashes(w, n.hashes());
    } else if (m instanceof GetTxs g) {
      TxMessageCodec.writeHashes(w, g.hashes());
    } else if (m instanceof Txs t) {
      TxMessageCodec.writeTxs(w, t);
    } else if (m instanceof NewBlock n) {
      BlockMessageCodec.writeNewBlock(w, n);
    } else if (m instanceof GetBlocks g) {
      BlockMessageCodec.writeGetBlocks(w, g);
    } else if (m instanceof Blocks b) {
      BlockMessageCodec.writeBlocks(w, b);
    } else if (m instanceof Consensus c) {
      w.writeBytes(c.payload());
    } else if (m instanceof GetSnapshotHeights g) {
      SnapMessageCodec.writeGetSnapshotHeights(w, g);
    } else if (m instanceof SnapshotHeights h) {
      SnapMessageCodec.writeSnapshotHeights(w, h);
    } else if (m instanceof GetAccountRange g) {
      SnapMessageCodec.writeGetAccountRange(w, g);
    } else if (m instanceof AccountRange a) {
      SnapMessageCodec.writeAccountRange(w, a);
    } else {
      throw new IllegalArgumentException("no codec for " + m.getClass().getName());
    }
    return w.toBytes();
  }

  /** Type byte then body: what a frame carries after its length. */
  public static Bytes encodePayload(Message m) {
    return Bytes.of(m.type().code()).concatWith(encodeBody(m));
  }

  /** The whole frame: 4-byte big-endian length of the payload, then the payload. */
  public static Bytes encodeFrame(Message m) {
    Bytes payload = encodePayload(m);
    int n = payload.size();
    return Bytes.of(n >>> 24, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff).concatWith(payload);
  }

  /** Decodes a frame payload (type byte + body). */
  public static Message decodePayload(Bytes payload) {
    if (payload.isEmpty()) {
      throw new ProtocolException(DisconnectReason.MALFORMED_MESSAGE, "empty frame: no message type");
    }
    return decode(MessageType.fromCode(payload.getUnsigned(0)), payload.slice(1));
  }

  public static Message decode(MessageType type, Bytes body) {
    try {
      return RlpReader.decodeSingle(body, r -> read(type, r));
    } catch (RlpException | TransactionDecodingException | IllegalArgumentException e) {
      throw new ProtocolException(DisconnectReason.MALFORMED_MESSAGE,
          "malformed " + type + " message: " + e.getMessage(), e);
    } catch (ProtocolException e) {
      // From a nested lookup (e.g. an unknown disconnect reason): name the message it came from.
      throw new ProtocolException(e.reason(), "malformed " + type + " message: " + e.getMessage(), e);
    }
  }

  private static Message read(MessageType type, RlpReader r) {
    return switch (type) {
      case STATUS -> ControlCodec.readStatus(r);
      case DISCONNECT -> ControlCodec.readDisconnect(r);
      case PING -> {
        ControlCodec.readEmpty(r);
        yield new Ping();
      }
      case PONG -> {
        ControlCodec.readEmpty(r);
        yield new Pong();
      }
      case GET_PEERS -> {
        ControlCodec.readEmpty(r);
        yield new GetPeers();
      }
      case PEERS -> ControlCodec.readPeers(r);
      case NEW_TX_HASHES -> new NewTxHashes(TxMessageCodec.readHashes(r, ProtocolLimits.MAX_HASHES));
      case GET_TXS -> new GetTxs(TxMessageCodec.readHashes(r, ProtocolLimits.MAX_TX_REQUEST));
      case TXS -> TxMessageCodec.readTxs(r);
      case NEW_BLOCK -> BlockMessageCodec.readNewBlock(r);
      case GET_BLOCKS -> BlockMessageCodec.readGetBlocks(r);
      case BLOCKS -> BlockMessageCodec.readBlocks(r);
      case CONSENSUS -> new Consensus(r.readBytes());
      case GET_SNAPSHOT_HEIGHTS -> SnapMessageCodec.readGetSnapshotHeights(r);
      case SNAPSHOT_HEIGHTS -> SnapMessageCodec.readSnapshotHeights(r);
      case GET_ACCOUNT_RANGE -> SnapMessageCodec.readGetAccountRange(r);
      case ACCOUNT_RANGE -> SnapMessageCodec.readAccountRange(r);
    };
  }
}
