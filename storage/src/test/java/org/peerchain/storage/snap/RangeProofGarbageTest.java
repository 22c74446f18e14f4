package org.peerchain.storage.snap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.crypto.Keccak;
import org.peerchain.core.rlp.RlpWriter;
import org.peerchain.core.types.Hash;
import org.peerchain.storage.kv.KeyValueStore;

/**
 * Ranges are a peer's bytes: whatever a peer sends, the verifier answers or throws its one typed
 * exception, never another (a parser's or an index's) that a caller would not expect.
 */
class RangeProofGarbageTest {
  @Property(tries = 500)
  void anythingAPeerSendsIsAcceptedOrRejectedWithTheTypedException(
      @ForAll long seed, @ForAll @IntRange(min = 0, max = 60) int accounts) {
    Random random = new Random(seed);
    TreeMap<Hash, Bytes> model = new TreeMap<>();
    for (int i = 0; i < accounts; i++) {
      model.put(Keccak.hash(Bytes.of(i, (int) (seed & 0xff))), Bytes.of(1 + random.nextInt(200)));
    }
    KeyValueStore store = SnapStates.newStore();
    Hash root = SnapStates.store(store, model);
    Hash start = randomKey(random);
    Hash limit = random.nextInt(4) == 0 ? SnapStates.MAX : randomKey(random);
    if (start.compareTo(limit) > 0) {
      Hash swap = start;
      start = limit;
      limit = swap;
    }
    AccountRange honest = new AccountRangeReader(store).read(root, start, limit, 1 + random.nextInt(600));
    List<Bytes> proof = new ArrayList<>(honest.proof());
    for (int i = 0; i < 1 + random.nextInt(4); i++) {
      proof.add(garbageNode(random, proof));
    }
    List<RangeEntry> entries = new ArrayList<>(honest.entries());
    if (random.nextBoolean()) {
      entries.add(new RangeEntry(randomKey(random), random.nextBoolean() ? Bytes.EMPTY : Bytes.of(random.nextInt(256))));
    }
    AccountRange sent = new AccountRange(entries, random.nextInt(5) == 0 ? List.of() : proof);
    Hash askedStart = start;
    Hash askedLimit = limit;

    Throwable thrown = catchThrowable(() -> RangeProofVerifier.verify(root, askedStart, askedLimit, sent));

    if (thrown != null) {
      assertThat(thrown).isInstanceOf(InvalidRangeProofException.class);
    }
  }

  @Property(tries = 1000)
  void aHostileTrieUnderTheRootIsRejectedWithTheTypedException(@ForAll long seed) {
    // The root names a node the peer made up: its structure, paths and children are all hostile.
    Random random = new Random(seed);
    List<Bytes> nodes = new ArrayList<>();
    for (int i = 0; i < 1 + random.nextInt(8); i++) {
      nodes.add(hostileNode(random, nodes));
    }
    Hash root = Keccak.hash(nodes.get(nodes.size() - 1));
    List<RangeEntry> entries = new ArrayList<>();
    Hash key = randomKey(random);
    for (int i = 0; i < random.nextInt(4); i++) {
      entries.add(new RangeEntry(key, Bytes.of(1 + random.nextInt(200))));
      key = SnapStates.next(key);
      if (key == null) {
        break;
      }
    }
    Hash start = entries.isEmpty() || random.nextBoolean() ? SnapStates.ZERO : entries.get(0).keyHash();
    AccountRange sent = new AccountRange(entries, nodes);

    Throwable thrown = catchThrowable(() -> RangeProofVerifier.verify(root, start, SnapStates.MAX, sent));
    Statistics.label("verdict").collect(thrown == null ? "accepted" : thrown.getMessage().replaceAll("0x[0-9a-f]+", "X").replaceAll("[0-9]+", "N"));

    if (thrown != null) {
      assertThat(thrown).isInstanceOf(InvalidRangeProofException.class);
    }
  }

  /** A leaf, extension or branch of random paths whose children are earlier nodes, random hashes or nothing. */
  private static Bytes hostileNode(Random random, List<Bytes> earlier) {
    RlpWriter writer = new RlpWriter().startList();
    int kind = random.nextInt(3);
    if (kind < 2) {
      byte[] compact = new byte[random.nextInt(34)];
      random.nextBytes(compact);
      if (compact.length > 0) {
        compact[0] = (byte) ((random.nextInt(5) << 4) | (compact[0] & 0x0f));
      }
      writer.writeBytes(Bytes.wrap(compact));
      if (kind == 0) {
        writer.writeBytes(Bytes.of(1 + random.nextInt(200)));
      } else {
        writer.writeBytes(child(random, earlier));
      }
    } else {
      for (int i = 0; i < 16 + random.nextInt(2); i++) {
        writer.writeBytes(child(random, earlier));
      }
    }
    return writer.endList().toBytes();
  }

  private static Bytes child(Random random, List<Bytes> earlier) {
    int pick = random.nextInt(4);
    if (pick == 0 || earlier.isEmpty()) {
      return Bytes.EMPTY;
    }
    if (pick == 1) {
      return randomKey(random).bytes();
    }
    return Keccak.hash(earlier.get(random.nextInt(earlier.size()))).bytes();
  }

  private static Hash randomKey(Random random) {
    byte[] key = new byte[32];
    random.nextBytes(key);
    return Hash.wrap(key);
  }

  /** Random bytes, RLP lists of wrong shapes, or an honest node with one byte changed or cut short. */
  private static Bytes garbageNode(Random random, List<Bytes> honest) {
    switch (random.nextInt(4)) {
      case 0 -> {
        byte[] bytes = new byte[random.nextInt(80)];
        random.nextBytes(bytes);
        return Bytes.wrap(bytes);
      }
      case 1 -> {
        RlpWriter writer = new RlpWriter().startList();
        int items = random.nextInt(20);
        for (int i = 0; i < items; i++) {
          byte[] item = new byte[random.nextInt(40)];
          random.nextBytes(item);
          writer.writeBytes(Bytes.wrap(item));
        }
        return writer.endList().toBytes();
      }
      default -> {
        if (honest.isEmpty()) {
          return Bytes.of(0xc0);
        }
        byte[] node = honest.get(random.nextInt(honest.size())).toArray();
        if (node.length == 0) {
          return Bytes.of(0x80);
        }
        if (random.nextBoolean()) {
          node[random.nextInt(node.length)] ^= (byte) (1 + random.nextInt(255));
          return Bytes.wrap(node);
        }
        return Bytes.wrap(node, 0, random.nextInt(node.length));
      }
    }
  }
}
