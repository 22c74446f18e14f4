package org.peerchain.p2p.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.types.Hash;
import org.peerchain.p2p.P2pFixtures;
import org.peerchain.p2p.identity.PeerAddress;

/** The byte examples of docs/protocol.md, and malformed input of each kind. */
class MessageCodecTest {
  static final String STATUS_FRAME = "0000004d" + "00" + "f84a" + "01" + "820539" + "a0" + "ab".repeat(32) + "2a"
      + "a0" + "cd".repeat(32) + "82765f";
  static final String STATUS_V3_FRAME = "00000052" + "00" + "f84f" + "03" + "820539" + "a0" + "ab".repeat(32) + "8213b2"
      + "a0" + "cd".repeat(32) + "82765f" + "821388";
  static final String PING_FRAME = "00000002" + "02" + "c0";
  static final String DISCONNECT_FRAME = "00000011" + "01" + "cf" + "07" + "8d" + "77726f6e672067656e65736973";

  @Test
  void statusExampleOfTheSpec() {
    Status s = new Status(1, 1337, Hash.fromHexString("0x" + "ab".repeat(32)), 42,
        Hash.fromHexString("0x" + "cd".repeat(32)), 30303);
    assertThat(MessageCodec.encodeFrame(s).toHexString()).isEqualTo("0x" + STATUS_FRAME);
    assertThat(MessageCodec.decodePayload(Bytes.fromHexString(STATUS_FRAME).slice(4))).isEqualTo(s);
  }

  @Test
  void statusOfVersion3CarriesEarliestAsTheSeventhItem() {
    Status s = new Status(3, 1337, Hash.fromHexString("0x" + "ab".repeat(32)), 5042,
        Hash.fromHexString("0x" + "cd".repeat(32)), 30303, 5000);
    assertThat(MessageCodec.encodeFrame(s).toHexString()).isEqualTo("0x" + STATUS_V3_FRAME);
    assertThat(MessageCodec.decodePayload(Bytes.fromHexString(STATUS_V3_FRAME).slice(4))).isEqualTo(s);
  }

  @Test
  void aStatusOfVersion2ReadsAsHoldingEveryBlock() {
    String body = "f84a" + "02" + "820539" + "a0" + "ab".repeat(32) + "2a" + "a0" + "cd".repeat(32) + "82765f";
    assertThat(((Status) MessageCodec.decodePayload(Bytes.fromHexString("00" + body))).earliest()).isEqualTo(1);
  }

  @Test
  void refusesAVersion3StatusWithoutEarliest() {
    String body = "f84a" + "03" + "820539" + "a0" + "ab".repeat(32) + "2a" + "a0" + "cd".repeat(32) + "82765f";
    refused("00" + body, "reached the end");
  }

  @Test
  void refusesAVersion2StatusWithEarliest() {
    String body = "f84d" + "02" + "820539" + "a0" + "ab".repeat(32) + "2a" + "a0" + "cd".repeat(32) + "82765f"
        + "821388";
    refused("00" + body, "expected the end");
  }

  @Test
  void refusesAnEarliestOfZero() {
    String body = "f84b" + "03" + "820539" + "a0" + "ab".repeat(32) + "2a" + "a0" + "cd".repeat(32) + "82765f" + "80";
    refused("00" + body, "earliest must be at least 1");
  }

  @Test
  void aVersion2StatusCannotBeBuiltWithAnEarliestItCannotSend() {
    assertThatThrownBy(() -> new Status(2, 1, Hash.ZERO, 9, Hash.ZERO, 0, 5))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void pingExampleOfTheSpec() {
    assertThat(MessageCodec.encodeFrame(new Ping()).toHexString()).isEqualTo("0x" + PING_FRAME);
    assertThat(MessageCodec.decodePayload(Bytes.fromHexString("02c0"))).isEqualTo(new Ping());
  }

  @Test
  void disconnectExampleOfTheSpec() {
    Disconnect d = new Disconnect(DisconnectReason.WRONG_GENESIS, "wrong genesis");
    assertThat(MessageCodec.encodeFrame(d).toHexString()).isEqualTo("0x" + DISCONNECT_FRAME);
    assertThat(MessageCodec.decodePayload(Bytes.fromHexString(DISCONNECT_FRAME).slice(4))).isEqualTo(d);
  }

  private static void refused(String payloadHex, String why) {
    assertThatThrownBy(() -> MessageCodec.decodePayload(Bytes.fromHexString(payloadHex)))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining(why)
        .satisfies(e -> assertThat(((ProtocolException) e).reason()).isEqualTo(DisconnectReason.MALFORMED_MESSAGE));
  }

  @Test
  void refusesAnUnknownType() {
    refused("7fc0", "unknown message type 0x7f");
  }

  @Test
  void refusesAnEmptyPayload() {
    refused("", "no message type");
  }

  @Test
  void refusesANonEmptyPing() {
    refused("02c180", "expected the end");
  }

  @Test
  void refusesANonCanonicalIntegerInStatus() {
    String body = "f84b" + "01" + "83000539" + "a0" + "ab".repeat(32) + "2a" + "a0" + "cd".repeat(32) + "82765f";
    refused("00" + body, "leading zero");
  }

  @Test
  void refusesAStatusWithAMissingField() {
    String body = "f847" + "01" + "820539" + "a0" + "ab".repeat(32) + "2a" + "a0" + "cd".repeat(32);
    refused("00" + body, "reached the end");
  }

  @Test
  void refusesAnUnknownDisconnectReason() {
    refused("01c3" + "63" + "8141", "malformed DISCONNECT message: unknown disconnect reason code 99");
  }

  @Test
  void refusesDisconnectTextThatIsNotUtf8() {
    refused("01c3" + "07" + "81ff", "not valid UTF-8");
  }

  @Test
  void refusesAnEmptyHashAnnouncement() {
    refused("10c0", "1 to 4096 hashes");
  }

  @Test
  void refusesAShortHash() {
    refused("10c3" + "820101", "must be 32 bytes");
  }

  @Test
  void refusesATransactionThatDoesNotDecode() {
    refused("12c3" + "820201", "transaction 0");
  }

  @Test
  void refusesGetBlocksForGenesisOrZeroBlocks() {
    refused("21c3" + "01" + "80" + "05", "from height 1");
    refused("21c3" + "01" + "01" + "80", "count must be in 1..128");
  }

  @Test
  void refusesAPeerWithAShortId() {
    refused("05c8c7" + "83010203" + "8161" + "01", "a node id is 64 bytes");
  }

  @Test
  void peersKeepTheirIdsHostsAndPorts() {
    PeerAddress a = PeerAddress.of(P2pFixtures.id(5), "10.0.0.7", 30303);
    Peers peers = new Peers(List.of(a));
    assertThat(MessageCodec.decodePayload(MessageCodec.encodePayload(peers))).isEqualTo(peers);
  }

  @Test
  void refusesAnEmptyConsensusPayload() {
    refused("3080", "consensus payload is empty");
  }
}
