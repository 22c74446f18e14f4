package org.peerchain.p2p.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.crypto.Keccak;
import org.peerchain.core.types.Hash;

/** The snapshot messages' byte examples of docs/protocol.md §5.1, and hostile input of each kind. */
class SnapMessageCodecTest {
  static final String EMPTY_TRIE_ROOT = "56e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b421";
  static final String KECCAK_EMPTY = "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470";
  // rlp([nonce 1, balance 1 ether, EMPTY_TRIE_ROOT, KECCAK_EMPTY])
  static final String ACCOUNT = "f84c" + "01" + "880de0b6b3a7640000" + "a0" + EMPTY_TRIE_ROOT + "a0" + KECCAK_EMPTY;
  // The one node of a trie holding only that account under key 0x1111…11: a leaf [hp(key), account].
  static final String LEAF = "f872" + "a120" + "11".repeat(32) + "b84e" + ACCOUNT;

  static final String LEAF_ROOT = "d2c98e9d66540bb7974f4f0ca3690be491c6aea62be3c3904cf5b59bfff5890a";

  static final String GET_HEIGHTS_FRAME = "00000003" + "40" + "c107";
  static final String HEIGHTS_FRAME = "0000004d" + "41" + "f84a" + "07" + "f847" + "f845" + "8203e8"
      + "a0" + "cd".repeat(32) + "a0" + "ef".repeat(32);
  static final String GET_RANGE_FRAME = "0000006b" + "42" + "f868" + "08" + "a0" + "ef".repeat(32)
      + "a0" + "00".repeat(32) + "a0" + "ff".repeat(32) + "83080000";
  static final String RANGE_FRAME = "000000f1" + "43" + "f8ee" + "08"
      + "f873" + "f871" + "a0" + "11".repeat(32) + "b84e" + ACCOUNT
      + "f876" + "b874" + LEAF;

  private static Hash h(String twoHex) {
    return Hash.fromHexString("0x" + twoHex.repeat(32));
  }

  private static void roundTrip(Message m, String frameHex) {
    assertThat(MessageCodec.encodeFrame(m).toHexString()).isEqualTo("0x" + frameHex);
    assertThat(MessageCodec.decodePayload(Bytes.fromHexString(frameHex).slice(4))).isEqualTo(m);
  }

  @Test
  void getSnapshotHeightsExample() {
    roundTrip(new GetSnapshotHeights(7), GET_HEIGHTS_FRAME);
  }

  @Test
  void snapshotHeightsExample() {
    roundTrip(new SnapshotHeights(7, List.of(new SnapshotHeight(1000, h("cd"), h("ef")))), HEIGHTS_FRAME);
  }

  @Test
  void getAccountRangeExample() {
    roundTrip(new GetAccountRange(8, h("ef"), Hash.ZERO, h("ff"), 512 * 1024), GET_RANGE_FRAME);
  }

  @Test
  void accountRangeExample() {
    AccountRange m = new AccountRange(8, List.of(new AccountEntry(h("11"), Bytes.fromHexString(ACCOUNT))),
        List.of(Bytes.fromHexString(LEAF)));
    roundTrip(m, RANGE_FRAME);
  }

  @Test
  void theExampleProofIsTheRootOfItsTrie() {
    // docs/protocol.md names this root; a verifier hashes the first proof node to find the root.
    assertThat(Keccak.hash(Bytes.fromHexString(LEAF)).toHexString())
        .isEqualTo("0x" + LEAF_ROOT);
  }

  private static void refused(String payloadHex, String why) {
    assertThatThrownBy(() -> MessageCodec.decodePayload(Bytes.fromHexString(payloadHex)))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining(why)
        .satisfies(e -> assertThat(((ProtocolException) e).reason()).isEqualTo(DisconnectReason.MALFORMED_MESSAGE));
  }

  @Test
  void refusesARangeWhoseStartIsAboveItsLimit() {
    refused("42f868" + "08" + "a0" + "ef".repeat(32) + "a0" + "ff".repeat(32) + "a0" + "00".repeat(32) + "83080000",
        "above its limit");
  }

  @Test
  void refusesAZeroOrOversizedBudget() {
    String head = "a0" + "ef".repeat(32) + "a0" + "00".repeat(32) + "a0" + "ff".repeat(32);
    refused("42f865" + "08" + head + "80", "byte budget must be at least 1");
    refused("42f86a" + "08" + head + "85" + "0100000000", "exceeds the maximum of 4");
  }

  @Test
  void refusesAccountsOutOfOrderOrRepeated() {
    String a = "e2" + "a0" + "22".repeat(32) + "01";
    String b = "e2" + "a0" + "11".repeat(32) + "01";
    refused("43" + "f84a" + "08" + "f846" + a + b + "c0", "keys must ascend");
    refused("43" + "f84a" + "08" + "f846" + a + a + "c0", "keys must ascend");
  }

  @Test
  void refusesAnEmptyOrOversizedAccountValue() {
    refused("43" + "e6" + "08" + "e3" + "e2" + "a0" + "22".repeat(32) + "80" + "c0", "an account value is 1..128");
    String big = "b881" + "01".repeat(129);
    refused("43" + "f8aa" + "08" + "f8a6" + "f8a4" + "a0" + "22".repeat(32) + big + "c0", "an account value is 1..128");
  }

  @Test
  void refusesTooManyProofNodesBeforeReadingThemAll() {
    StringBuilder nodes = new StringBuilder();
    for (int i = 0; i <= ProtocolLimits.MAX_PROOF_NODES; i++) {
      nodes.append("01");
    }
    String list = "f881" + nodes;
    refused("43" + "f885" + "08" + "c0" + list, "more than 128 proof nodes");
  }

  @Test
  void refusesAnOversizedProofNode() {
    String node = "b90401" + "01".repeat(1025);
    int outer = 1 + 1 + 3 + 1025 + 3;
    refused("43" + "f9" + String.format("%04x", outer) + "08" + "c0" + "f90404" + node, "a proof node is 1..1024");
  }

  @Test
  void refusesSnapshotHeightsOutOfOrderAndGenesis() {
    String one = "f843" + "01" + "a0" + "cd".repeat(32) + "a0" + "ef".repeat(32);
    String two = "f843" + "02" + "a0" + "cd".repeat(32) + "a0" + "ef".repeat(32);
    refused("41" + "f8" + "8d" + "07" + "f88a" + two + one, "strictly ascending");
    String zero = "f843" + "80" + "a0" + "cd".repeat(32) + "a0" + "ef".repeat(32);
    refused("41" + "f8" + "48" + "07" + "f845" + zero, "at least 1");
  }

  @Test
  void refusesMoreSnapshotHeightsThanTheLimit() {
    StringBuilder entries = new StringBuilder();
    for (int i = 1; i <= ProtocolLimits.MAX_SNAPSHOT_HEIGHTS + 1; i++) {
      entries.append("f843").append(String.format("%02x", i)).append("a0").append("cd".repeat(32))
          .append("a0").append("ef".repeat(32));
    }
    int len = entries.length() / 2;
    String list = "f9" + String.format("%04x", len) + entries;
    int outer = 1 + list.length() / 2;
    refused("41" + "f9" + String.format("%04x", outer) + "07" + list, "more than 16 snapshot heights");
  }

  @Test
  void anEmptyRangeWithoutProofMeansUnavailable() {
    AccountRange none = (AccountRange) MessageCodec.decodePayload(Bytes.fromHexString("43c3" + "08" + "c0" + "c0"));
    assertThat(none.unavailable()).isTrue();
  }

  @Test
  void everySnapshotTypeHasAFrameBoundBelowTheFrameLimit() {
    for (MessageType t : List.of(MessageType.GET_SNAPSHOT_HEIGHTS, MessageType.SNAPSHOT_HEIGHTS,
        MessageType.GET_ACCOUNT_RANGE, MessageType.ACCOUNT_RANGE)) {
      assertThat(MessageSizes.maxPayloadBytes(t)).isLessThan(ProtocolLimits.MAX_FRAME_BYTES);
      assertThat(t.sinceVersion()).isEqualTo(3);
    }
    assertThat(MessageSizes.maxPayloadBytes(MessageType.GET_ACCOUNT_RANGE)).isLessThan(200);
  }
}
