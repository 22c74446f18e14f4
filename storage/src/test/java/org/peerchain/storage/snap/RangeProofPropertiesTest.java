package org.peerchain.storage.snap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Random;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.types.Hash;
import org.peerchain.storage.kv.KeyValueStore;
import org.peerchain.storage.state.StateHead;

/**
 * Range proofs against a TreeMap model: honest ranges verify and tile the model; tampered ones are
 * rejected, or (where the tampering only removes information) accepted with a claim that is still
 * true.
 */
class RangeProofPropertiesTest {
  /** A state, a request and a budget. */
  record Case(TreeMap<Hash, Bytes> model, Hash start, Hash limit, int budget) {}

  enum Tamper { DROP, INSERT, MODIFY, SWAP, CUT_NODE, FLIP_NODE_BYTE, OTHER_ROOT }

  @Property(edgeCases = EdgeCasesMode.MIXIN, tries = 300)
  void honestRangesVerifyAndTileTheRequest(@ForAll("cases") Case c) {
    KeyValueStore store = SnapStates.newStore();
    Hash root = SnapStates.store(store, c.model());
    AccountRangeReader reader = new AccountRangeReader(store);
    NavigableMap<Hash, Bytes> fetched = new TreeMap<>();
    Hash cursor = c.start();
    for (int round = 0; round <= c.model().size() + 1; round++) {
      AccountRange range = reader.read(root, cursor, c.limit(), c.budget());
      RangeProofVerifier.RangeCheck check = RangeProofVerifier.verify(root, cursor, c.limit(), range);
      range.entries().forEach(e -> fetched.put(e.keyHash(), e.accountRlp()));
      Hash last = range.isEmpty() ? c.limit() : range.entries().get(range.entries().size() - 1).keyHash();
      Hash after = SnapStates.next(last);
      boolean remaining = after != null && !SnapStates.between(c.model(), after, c.limit()).isEmpty();
      assertThat(check.more()).isEqualTo(remaining);
      if (!check.more()) {
        break;
      }
      cursor = after;
    }
    assertThat(fetched).isEqualTo(SnapStates.between(c.model(), c.start(), c.limit()));
    Statistics.label("accounts in request").collect(fetched.size() == 0 ? "0" : fetched.size() < 10 ? "1-9" : "10+");
    Statistics.label("accounts in request").coverage(check -> {
      check.check("0").percentage(p -> p > 5);
      check.check("10+").percentage(p -> p > 20);
    });
  }

  @Property(edgeCases = EdgeCasesMode.MIXIN, tries = 150)
  void rangesOverTheWholeKeySpaceRebuildTheState(
      @ForAll("models") TreeMap<Hash, Bytes> model, @ForAll @IntRange(min = 1, max = 2000) int budget) {
    KeyValueStore source = SnapStates.newStore();
    Hash root = SnapStates.store(source, model);
    AccountRangeReader reader = new AccountRangeReader(source);
    KeyValueStore target = SnapStates.newStore();
    SnapStateWriter writer = new SnapStateWriter(target, new StateHead(7, root));
    Hash cursor = SnapStates.ZERO;
    List<AccountRange> ranges = new ArrayList<>();
    while (cursor != null) {
      AccountRange range = reader.read(root, cursor, SnapStates.MAX, budget);
      boolean more = RangeProofVerifier.verify(root, cursor, SnapStates.MAX, range).more();
      ranges.add(range);
      cursor = more ? SnapStates.next(range.entries().get(range.entries().size() - 1).keyHash()) : null;
    }
    // Ranges arrive from many peers in any order.
    for (int i = ranges.size() - 1; i >= 0; i--) {
      writer.write(ranges.get(i));
    }
    assertThat(writer.finish()).isEqualTo(root);
    assertThat(new AccountRangeReader(target).read(root, SnapStates.ZERO, SnapStates.MAX, Integer.MAX_VALUE).entries())
        .hasSize(model.size());
  }

  @Property(edgeCases = EdgeCasesMode.MIXIN, tries = 600)
  void tamperedRangesAreRejectedOrStillTrue(@ForAll("cases") Case c, @ForAll Tamper tamper, @ForAll long seed) {
    KeyValueStore store = SnapStates.newStore();
    Hash root = SnapStates.store(store, c.model());
    AccountRange honest = new AccountRangeReader(store).read(root, c.start(), c.limit(), c.budget());
    Random random = new Random(seed);
    List<RangeEntry> entries = new ArrayList<>(honest.entries());
    List<Bytes> proof = new ArrayList<>(honest.proof());
    Hash verifyRoot = root;
    boolean mustReject = true;
    switch (tamper) {
      case DROP -> {
        if (entries.isEmpty()) {
          return;
        }
        int i = entries.size() == 1 ? 0 : random.nextInt(entries.size() - 1);
        entries.remove(i);
      }
      case INSERT -> {
        Hash key = randomKeyBetween(random, c.start(), c.limit());
        if (c.model().containsKey(key)) {
          return;
        }
        entries.add(new RangeEntry(key, Bytes.of(0xc0 + random.nextInt(0x30))));
        entries.sort((a, b) -> a.keyHash().compareTo(b.keyHash()));
      }
      case MODIFY -> {
        if (entries.isEmpty()) {
          return;
        }
        int i = random.nextInt(entries.size());
        RangeEntry old = entries.get(i);
        Bytes changed = random.nextBoolean()
            ? flipByte(old.accountRlp(), random)
            : old.accountRlp().concatWith(Bytes.of(random.nextInt(256)));
        entries.set(i, new RangeEntry(old.keyHash(), changed));
      }
      case SWAP -> {
        if (entries.size() < 2) {
          return;
        }
        int i = random.nextInt(entries.size() - 1);
        entries.set(i, entries.set(i + 1, entries.get(i)));
      }
      case CUT_NODE -> {
        proof.remove(random.nextInt(proof.size()));
        mustReject = false;
      }
      case FLIP_NODE_BYTE -> {
        int i = random.nextInt(proof.size());
        proof.set(i, flipByte(proof.get(i), random));
        mustReject = false;
      }
      case OTHER_ROOT -> {
        TreeMap<Hash, Bytes> other = new TreeMap<>(c.model());
        other.put(randomKeyBetween(random, SnapStates.ZERO, SnapStates.MAX), Bytes.of(0x01));
        verifyRoot = SnapStates.rootOf(other);
      }
      default -> throw new AssertionError(tamper);
    }
    AccountRange tampered = new AccountRange(entries, proof);
    Statistics.label("tamper").collect(tamper);
    Hash root0 = verifyRoot;
    Throwable thrown = catchThrowable(() -> RangeProofVerifier.verify(root0, c.start(), c.limit(), tampered));
    Statistics.label("outcome").collect(thrown == null ? "accepted" : "rejected");
    if (mustReject) {
      assertThat(thrown).isInstanceOf(InvalidRangeProofException.class);
    } else if (thrown != null) {
      assertThat(thrown).isInstanceOf(InvalidRangeProofException.class);
    } else {
      assertTruthful(c, tampered, RangeProofVerifier.verify(root0, c.start(), c.limit(), tampered));
    }
  }

  @Property(edgeCases = EdgeCasesMode.MIXIN, tries = 200)
  void aRangeOfAnotherRequestIsRejectedOrTrue(@ForAll("cases") Case c, @ForAll("cases") Case asked) {
    // The honest answer for one request, checked as the answer to another over the same state.
    KeyValueStore store = SnapStates.newStore();
    Hash root = SnapStates.store(store, c.model());
    AccountRange range = new AccountRangeReader(store).read(root, c.start(), c.limit(), c.budget());
    Case other = new Case(c.model(), asked.start(), asked.limit(), asked.budget());
    Throwable thrown = catchThrowable(() -> RangeProofVerifier.verify(root, other.start(), other.limit(), range));
    if (thrown == null) {
      assertTruthful(other, range, RangeProofVerifier.verify(root, other.start(), other.limit(), range));
    } else {
      assertThat(thrown).isInstanceOf(InvalidRangeProofException.class);
    }
  }

  /** An accepted range holds exactly the model's keys from start to its last entry, and "complete" is true. */
  private static void assertTruthful(Case c, AccountRange range, RangeProofVerifier.RangeCheck check) {
    Map<Hash, Bytes> got = new LinkedHashMap<>();
    range.entries().forEach(e -> got.put(e.keyHash(), e.accountRlp()));
    Hash last = range.isEmpty() ? c.limit() : range.entries().get(range.entries().size() - 1).keyHash();
    assertThat(got).isEqualTo(SnapStates.between(c.model(), c.start(), last));
    if (!check.more()) {
      assertThat(got).isEqualTo(SnapStates.between(c.model(), c.start(), c.limit()));
    }
  }

  private static Bytes flipByte(Bytes bytes, Random random) {
    byte[] array = bytes.toArray();
    array[random.nextInt(array.length)] ^= (byte) (1 + random.nextInt(255));
    return Bytes.wrap(array);
  }

  private static Hash randomKeyBetween(Random random, Hash from, Hash to) {
    for (int attempt = 0; attempt < 64; attempt++) {
      byte[] key = new byte[32];
      random.nextBytes(key);
      int shared = random.nextInt(33);
      System.arraycopy((random.nextBoolean() ? from : to).toArray(), 0, key, 0, shared);
      Hash candidate = Hash.wrap(key);
      if (candidate.compareTo(from) >= 0 && candidate.compareTo(to) <= 0) {
        return candidate;
      }
    }
    return from;
  }

  @Provide
  Arbitrary<TreeMap<Hash, Bytes>> models() {
    // Keys from a few prefixes give deep paths, extensions and embedded leaves; some are uniform.
    Arbitrary<Hash> clustered = Combinators.combine(
            Arbitraries.of(new byte[] {0x00}, new byte[] {0x00, 0x01}, new byte[] {0x12, 0x34, 0x56},
                new byte[] {(byte) 0xff, (byte) 0xff}, new byte[] {}),
            Arbitraries.bytes().array(byte[].class).ofSize(32))
        .as((prefix, rest) -> {
          System.arraycopy(prefix, 0, rest, 0, prefix.length);
          return Hash.wrap(rest);
        });
    Arbitrary<Hash> nearlyEqual = Arbitraries.integers().between(0, 40)
        .map(i -> Hash.wrap(Bytes.concat(Bytes.wrap(new byte[31]), Bytes.of(i * 6))));
    Arbitrary<Hash> keys = Arbitraries.oneOf(clustered, nearlyEqual);
    // Short values make leaves below 32 bytes, which parents embed.
    Arbitrary<Bytes> values = Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(40).map(Bytes::wrap);
    return Arbitraries.maps(keys, values).ofMinSize(0).ofMaxSize(120)
        .withSizeDistribution(RandomDistribution.uniform()).map(TreeMap::new);
  }

  @Provide
  Arbitrary<Case> cases() {
    return models().flatMap(model -> {
      List<Hash> points = new ArrayList<>(List.of(SnapStates.ZERO, SnapStates.MAX));
      for (Hash key : model.keySet()) {
        points.add(key);
        if (SnapStates.next(key) != null) {
          points.add(SnapStates.next(key));
        }
        if (SnapStates.previous(key) != null) {
          points.add(SnapStates.previous(key));
        }
      }
      Arbitrary<Hash> point = Arbitraries.oneOf(Arbitraries.of(points),
          Arbitraries.bytes().array(byte[].class).ofSize(32).map(Hash::wrap));
      Arbitrary<Integer> budget = Arbitraries.oneOf(Arbitraries.integers().between(1, 400), Arbitraries.just(1 << 20));
      return Combinators.combine(point, point, budget).as((a, b, bytes) -> a.compareTo(b) <= 0
          ? new Case(model, a, b, bytes)
          : new Case(model, b, a, bytes));
    });
  }
}
