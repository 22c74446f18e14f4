package org.peerchain.p2p.protocol;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.rlp.RlpException;
import org.peerchain.core.rlp.RlpReader;
import org.peerchain.core.rlp.RlpWriter;
import org.peerchain.core.types.Hash;
import org.peerchain.p2p.identity.PeerAddress;
import org.peerchain.p2p.identity.PeerId;

/** RLP bodies of the session messages: Status, Disconnect, Ping, Pong, GetPeers, Peers. */
final class ControlCodec {
  private ControlCodec() {}

  static void writeStatus(RlpWriter w, Status s) {
    w.startList()
        .writeInt(s.protocolVersion())
        .writeLong(s.chainId())
        .writeHash(s.genesisHash())
        .writeLong(s.headHeight())
        .writeHash(s.headHash())
        .writeInt(s.listenPort());
    if (s.carriesEarliest()) {
      w.writeLong(s.earliest());
    }
    w.endList();
  }

  static Status readStatus(RlpReader r) {
    RlpReader l = r.enterList();
    // Any 4-byte version is valid on the wire; one beyond an int is simply not ours (see Status).
    int version = l.readUnsigned(4).min(BigInteger.valueOf(Integer.MAX_VALUE)).intValue();
    long chainId = l.readLong();
    Hash genesis = l.readHash();
    long head = Heights.read(l);
    Hash headHash = l.readHash();
    int listenPort = l.readInt();
    // The item count follows from the sender's version: a version 3 Status without earliest, or an
    // older one with it, is malformed, so every Status has one encoding.
    long earliest = 1;
    if (version >= Status.EARLIEST_SINCE) {
      int at = l.position();
      earliest = Heights.read(l);
      if (earliest < 1) {
        throw new RlpException(at, "earliest must be at least 1");
      }
    }
    l.expectEnd();
    return new Status(version, chainId, genesis, head, headHash, listenPort, earliest);
  }

  static void writeDisconnect(RlpWriter w, Disconnect d) {
    w.startList().writeInt(d.reason().code()).writeBytes(d.text().getBytes(StandardCharsets.UTF_8)).endList();
  }

  static Disconnect readDisconnect(RlpReader r) {
    RlpReader l = r.enterList();
    DisconnectReason reason = DisconnectReason.fromCode(l.readInt());
    int at = l.position();
    Bytes text = l.readBytes();
    if (text.size() > ProtocolLimits.MAX_DISCONNECT_TEXT_BYTES) {
      throw new RlpException(at, "disconnect text of " + text.size() + " bytes exceeds "
          + ProtocolLimits.MAX_DISCONNECT_TEXT_BYTES);
    }
    l.expectEnd();
    return new Disconnect(reason, utf8(text, at));
  }

  static void writeEmpty(RlpWriter w) {
    w.startList().endList();
  }

  static void readEmpty(RlpReader r) {
    r.enterList().expectEnd();
  }

  static void writePeers(RlpWriter w, Peers p) {
    w.startList();
    for (PeerAddress a : p.addresses()) {
      w.startList()
          .writeBytes(a.id().orElseThrow().bytes())
          .writeBytes(a.host().getBytes(StandardCharsets.US_ASCII))
          .writeInt(a.port())
          .endList();
    }
    w.endList();
  }

  static Peers readPeers(RlpReader r) {
    RlpReader l = r.enterList();
    List<PeerAddress> addresses = new ArrayList<>();
    while (l.hasNext()) {
      if (addresses.size() == ProtocolLimits.MAX_PEERS) {
        throw new RlpException(l.position(), "more than " + ProtocolLimits.MAX_PEERS + " addresses");
      }
      RlpReader e = l.enterList();
      int at = e.position();
      Bytes id = e.readBytes();
      if (id.size() != PeerId.SIZE) {
        throw new RlpException(at, "a node id is " + PeerId.SIZE + " bytes, got " + id.size());
      }
      at = e.position();
      String host = utf8(e.readBytes(), at);
      int port = e.readInt();
      e.expectEnd();
      addresses.add(PeerAddress.of(PeerId.fromHex(id.toHexString()), host, port));
    }
    return new Peers(addresses);
  }

  private static String utf8(Bytes b, int at) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(b.toArray()))
          .toString();
    } catch (CharacterCodingException e) {
      throw new RlpException(at, "text is not valid UTF-8");
    }
  }
}
