package org.peerchain.rpc.explorer;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.peerchain.core.block.Block;
import org.peerchain.core.block.BlockHeader;
import org.peerchain.core.block.CommitCertificate;
import org.peerchain.core.block.CommitSignature;
import org.peerchain.core.types.Address;
import org.peerchain.rpc.api.ChainAccess;

/**
 * The recent blocks the home page summarises: at least the last {@link #MIN_BLOCKS}, and all of the
 * last {@link #SECONDS} seconds, never more than {@link #MAX_BLOCKS}. Kept between requests and
 * extended from the head, so a page view reads only the blocks committed since the last one.
 */
final class ChainWindow {
  static final int MIN_BLOCKS = 100;
  static final int MAX_BLOCKS = 1024;
  static final long SECONDS = 600;

  private final ChainAccess chain;
  private final Clock clock;
  private final ArrayDeque<BlockSummary> blocks = new ArrayDeque<>();

  ChainWindow(ChainAccess chain, Clock clock) {
    this.chain = chain;
    this.clock = clock;
  }

  /** Oldest first, ending at the head. */
  synchronized List<BlockSummary> recent() {
    BlockHeader head = chain.head();
    BlockSummary last = blocks.peekLast();
    if (last == null || !last.hash().equals(head.hash())) {
      extendTo(head, last);
    }
    return List.copyOf(blocks);
  }

  private void extendTo(BlockHeader head, BlockSummary last) {
    long from;
    boolean continues = last != null && last.number() < head.number()
        && chain.canonicalHash(last.number()).filter(last.hash()::equals).isPresent()
        && head.number() - last.number() <= MAX_BLOCKS;
    if (continues) {
      from = last.number() + 1;
    } else {
      blocks.clear();
      from = firstOfWindow(head);
    }
    for (long n = from; n <= head.number(); n++) {
      summary(n).ifPresent(blocks::addLast);
    }
    long oldest = clock.instant().getEpochSecond() - SECONDS;
    while (blocks.size() > MAX_BLOCKS
        || blocks.size() > MIN_BLOCKS && blocks.peekFirst().timestamp() < oldest) {
      blocks.removeFirst();
    }
  }

  /** Walks back over headers (cheap) to find where the window starts, so only its bodies are read. */
  private long firstOfWindow(BlockHeader head) {
    long oldest = clock.instant().getEpochSecond() - SECONDS;
    long lowest = Math.max(0, head.number() - MAX_BLOCKS + 1);
    long n = head.number();
    while (n > lowest) {
      long count = head.number() - n + 1;
      Optional<BlockHeader> previous = chain.header(n - 1);
      if (previous.isEmpty() || count >= MIN_BLOCKS && previous.get().timestamp() < oldest) {
        break;
      }
      n--;
    }
    return n;
  }

  private Optional<BlockSummary> summary(long number) {
    // A node that started from a snapshot has no bodies below it: those heights are skipped.
    Optional<Block> block = chain.block(number);
    if (block.isEmpty()) {
      return Optional.empty();
    }
    BlockHeader h = block.get().header();
    Optional<CommitCertificate> certificate = chain.certificate(h.hash());
    Set<Address> signers = certificate
        .map(c -> c.signatures().stream().map(CommitSignature::validator).collect(Collectors.toSet()))
        .orElse(Set.of());
    return Optional.of(new BlockSummary(h.number(), h.hash(), h.timestamp(), block.get().transactions().size(),
        h.gasUsed(), h.coinbase(), certificate.map(CommitCertificate::round).orElse(-1), signers));
  }

  /** The newest {@code count} of {@code blocks}, newest first. */
  static List<BlockSummary> newest(List<BlockSummary> blocks, int count) {
    List<BlockSummary> out = new ArrayList<>(count);
    for (int i = blocks.size() - 1; i >= 0 && out.size() < count; i--) {
      out.add(blocks.get(i));
    }
    return out;
  }
}
