package org.peerchain.testnet.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.keys.DevAccounts;
import org.peerchain.core.tx.Transaction;
import org.peerchain.core.tx.TransactionDecoder;
import org.peerchain.core.types.UInt256;
import org.peerchain.testnet.rpc.BlockSummary;

class LoadPartsTest {
  @Test
  void percentilesAreNearestRank() {
    LatencyStats s = new LatencyStats(new long[] {50, 10, 40, 20, 30, 60, 70, 80, 90, 100});
    assertThat(s.percentile(50)).isEqualTo(50);
    assertThat(s.percentile(90)).isEqualTo(90);
    assertThat(s.percentile(99)).isEqualTo(100);
    assertThat(s.max()).isEqualTo(100);
    assertThat(new LatencyStats(new long[0]).percentile(50)).isEqualTo(-1);
    assertThatThrownBy(() -> s.percentile(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void transfersAreSignedByTheSenderToTheNextOne() {
    TransferFactory f = new TransferFactory(1337, List.of(DevAccounts.account(0).privateKey(), DevAccounts.account(1).privateKey()));
    SignedTransfer t = f.transfer(1, 7);
    Transaction tx = TransactionDecoder.decode(Bytes.fromHexString(t.raw()));
    assertThat(tx.hash().toHexString()).isEqualTo(t.hash());
    assertThat(tx.sender()).contains(DevAccounts.account(1).address());
    assertThat(tx.to()).contains(DevAccounts.account(0).address());
    assertThat(tx.nonce()).isEqualTo(7);
    assertThat(tx.chainId()).contains(UInt256.valueOf(1337));
    assertThat(tx.value()).isEqualTo(UInt256.ONE);
  }

  @Test
  void trackerMeasuresFromFirstSendToTheBlockThatHoldsIt() {
    InclusionTracker tracker = new InclusionTracker();
    SignedTransfer a = new SignedTransfer("0xa", "0x", 0, 0);
    SignedTransfer b = new SignedTransfer("0xb", "0x", 1, 0);
    assertThat(tracker.sent(a, 1_000_000_000L, 0)).isTrue();
    assertThat(tracker.sent(a, 1_500_000_000L, 1)).as("a resend").isFalse();
    tracker.sent(b, 1_200_000_000L, 0);
    tracker.onBlock(new BlockSummary(5, "0x5", "0x4", "0xs", 0, List.of("0xa", "0xunrelated")), 1_250_000_000L);
    assertThat(tracker.included()).containsExactly(java.util.Map.entry("0xa", 5L));
    assertThat(tracker.pendingCount()).isEqualTo(1);
    assertThat(tracker.latency().percentile(50)).isEqualTo(250);
    tracker.onBlock(new BlockSummary(6, "0x6", "0x5", "0xs", 0, List.of("0xa")), 2_000_000_000L);
    assertThat(tracker.includedCount()).as("seen once, counted once").isEqualTo(1);
  }

  @Test
  void streamsShareTheTransfersEvenlyAndSendEachOnce() {
    int total = 0;
    for (int s = 0; s < 80; s++) {
      int share = WalletStreams.share(20_003, 80, s);
      assertThat(share).isBetween(250, 251);
      total += share;
    }
    assertThat(total).isEqualTo(20_003);
  }
}
