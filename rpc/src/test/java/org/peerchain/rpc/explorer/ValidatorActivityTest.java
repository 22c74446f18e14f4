package org.peerchain.rpc.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.Hash;
import org.peerchain.rpc.api.ValidatorInfo;

/** Validators' signing and the transfer rate, from block summaries made up for the purpose. */
class ValidatorActivityTest {
  private static final Address A = address(1);
  private static final Address B = address(2);
  private static final Address C = address(3);

  private static Address address(int n) {
    byte[] b = new byte[20];
    b[19] = (byte) n;
    return Address.wrap(Bytes.wrap(b));
  }

  private static BlockSummary block(long number, long time, int txs, Address proposer, Set<Address> signers) {
    byte[] h = new byte[32];
    h[31] = (byte) number;
    h[30] = (byte) (number >> 8);
    return new BlockSummary(number, Hash.wrap(h), time, txs, 21_000L * txs, proposer, number == 0 ? -1 : 0,
        signers);
  }

  @Test
  void missedBlocksAndLastSignedHeightComeFromTheCertificates() {
    List<BlockSummary> blocks = new ArrayList<>();
    blocks.add(block(0, 0, 0, Address.ZERO, Set.of()));
    for (long n = 1; n <= 10; n++) {
      // C stops signing after block 4; B misses the even blocks.
      Set<Address> signers = n <= 4 ? (n % 2 == 0 ? Set.of(A, C) : Set.of(A, B, C)) : (n % 2 == 0 ? Set.of(A) : Set.of(A, B));
      blocks.add(block(n, 1000 + n, 1, n % 2 == 0 ? A : B, signers));
    }
    List<ValidatorInfo> validators = List.of(new ValidatorInfo(A, 1), new ValidatorInfo(B, 1), new ValidatorInfo(C, 1));

    List<ValidatorActivity> all = ValidatorActivity.of(validators, blocks, 100);

    assertThat(all).extracting(ValidatorActivity::blocks).containsOnly(10);
    assertThat(all.get(0).missed()).isZero();
    assertThat(all.get(0).lastSigned()).isEqualTo(OptionalLong.of(10));
    assertThat(all.get(1).missed()).isEqualTo(5);
    assertThat(all.get(1).lastSigned()).isEqualTo(OptionalLong.of(9));
    assertThat(all.get(2).missed()).isEqualTo(6);
    assertThat(all.get(2).lastSigned()).isEqualTo(OptionalLong.of(4));
    assertThat(all.get(0).proposed()).isEqualTo(5);

    List<ValidatorActivity> lastThree = ValidatorActivity.of(validators, blocks, 3);
    assertThat(lastThree.get(2).lastSigned()).isEmpty();
    assertThat(lastThree.get(2).missed()).isEqualTo(3);
  }

  @Test
  void transferRateCountsTransactionsPerBucketEndingNow() {
    long now = 10_000;
    List<BlockSummary> blocks = List.of(
        block(1, now - 700, 50, A, Set.of(A)),
        block(2, now - 599, 30, A, Set.of(A)),
        block(3, now - 10, 60, A, Set.of(A)),
        block(4, now, 30, A, Set.of(A)));

    TransferRate rate = TransferRate.of(blocks, Instant.ofEpochSecond(now));

    assertThat(rate.perSecond()).hasSize(TransferRate.BUCKETS);
    assertThat(rate.latest()).isEqualTo(90.0 / TransferRate.BUCKET_SECONDS);
    assertThat(rate.perSecond().get(0)).isEqualTo(30.0 / TransferRate.BUCKET_SECONDS);
    assertThat(rate.total()).isEqualTo(120);
  }

  @Test
  void timeToFinalityIsTheMedianGapLeavingGenesisOut() {
    List<BlockSummary> blocks = List.of(
        block(0, 0, 0, Address.ZERO, Set.of()),
        block(1, 1000, 0, A, Set.of(A)),
        block(2, 1002, 0, A, Set.of(A)),
        block(3, 1004, 0, A, Set.of(A)),
        block(4, 1100, 0, A, Set.of(A)));
    assertThat(HomePage.interval(blocks)).startsWith("2.0 s");
    assertThat(HomePage.interval(blocks.subList(0, 2))).isEqualTo("not enough blocks yet");
  }
}
