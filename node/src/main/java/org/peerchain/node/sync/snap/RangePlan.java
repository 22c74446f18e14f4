package org.peerchain.node.sync.snap;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.peerchain.core.types.Hash;
import org.peerchain.node.sync.snap.KeySpace.KeyRange;
import org.peerchain.p2p.identity.PeerId;

/**
 * Which parts of the key space are still to fetch. Each part has the next key not yet proven
 * (absent once the part is done) and the peers asked for it right now. A part is normally asked of
 * one peer at a time; once no part is left unasked, a part may be asked of a second peer too, so
 * one slow peer cannot hold up the end. Not thread-safe: one thread drives a sync.
 */
final class RangePlan {
  /** One request to make: part {@code index}, from {@code start} to the part's limit. */
  record Task(int index, Hash start, Hash limit) {}

  private final List<KeyRange> parts;
  private final TreeMap<Integer, Hash> next = new TreeMap<>();
  private final List<Set<PeerId>> asked = new ArrayList<>();

  /** A plan over {@code parts} with the given parts' next keys still to fetch; the rest are done. */
  RangePlan(List<KeyRange> parts, Map<Integer, Hash> remaining) {
    this.parts = List.copyOf(parts);
    for (int i = 0; i < parts.size(); i++) {
      asked.add(new HashSet<>());
    }
    remaining.forEach((i, key) -> {
      if (i < 0 || i >= parts.size()) {
        throw new IllegalArgumentException("no part " + i + " of " + parts.size());
      }
      next.put(i, key);
    });
  }

  /** A plan over {@code parts} equal parts in which only the {@code missing} key ranges are still to fetch. */
  static RangePlan resume(int parts, List<KeyRange> missing) {
    List<KeyRange> ranges = KeySpace.split(parts);
    Map<Integer, Hash> next = new TreeMap<>();
    for (int i = 0; i < ranges.size(); i++) {
      KeyRange part = ranges.get(i);
      for (KeyRange m : missing) {
        if (m.limit().compareTo(part.start()) >= 0 && m.start().compareTo(part.limit()) <= 0) {
          next.put(i, m.start().compareTo(part.start()) > 0 ? m.start() : part.start());
          break;
        }
      }
    }
    return new RangePlan(ranges, next);
  }

  /** A plan with every part still to fetch. */
  static RangePlan fresh(int parts) {
    List<KeyRange> ranges = KeySpace.split(parts);
    Map<Integer, Hash> all = new TreeMap<>();
    for (int i = 0; i < ranges.size(); i++) {
      all.put(i, ranges.get(i).start());
    }
    return new RangePlan(ranges, all);
  }

  List<KeyRange> parts() {
    return parts;
  }

  /** Part index to next key, for the parts not done: what a restart resumes from. */
  Map<Integer, Hash> remaining() {
    return new TreeMap<>(next);
  }

  boolean done() {
    return next.isEmpty();
  }

  /**
   * The next request for {@code peer}: a part nobody is asked for, else (at the end) a part asked
   * of exactly one other peer; empty when there is nothing for it.
   */
  Optional<Task> take(PeerId peer) {
    for (var e : next.entrySet()) {
      if (asked.get(e.getKey()).isEmpty()) {
        return Optional.of(assign(e.getKey(), peer));
      }
    }
    for (var e : next.entrySet()) {
      Set<PeerId> who = asked.get(e.getKey());
      if (who.size() == 1 && !who.contains(peer)) {
        return Optional.of(assign(e.getKey(), peer));
      }
    }
    return Optional.empty();
  }

  private Task assign(int index, PeerId peer) {
    asked.get(index).add(peer);
    return new Task(index, next.get(index), parts.get(index).limit());
  }

  /** The peer's request for the task ended without a proven answer: the part may be asked again. */
  void release(Task task, PeerId peer) {
    asked.get(task.index()).remove(peer);
  }

  /**
   * A proven answer to {@code task}: the part is done, or continues after {@code lastKey}. Returns
   * false, changing nothing but the peer's request, when the part has moved on since the task was
   * given (another peer's answer to the same part came first): that answer is not to be written.
   */
  boolean proven(Task task, PeerId peer, Optional<Hash> lastKey, boolean more) {
    asked.get(task.index()).remove(peer);
    if (!task.start().equals(next.get(task.index()))) {
      return false;
    }
    Optional<Hash> after = more ? lastKey.flatMap(KeySpace::after) : Optional.empty();
    if (after.isPresent() && after.get().compareTo(parts.get(task.index()).limit()) <= 0) {
      next.put(task.index(), after.get());
    } else {
      next.remove(task.index());
    }
    return true;
  }

  /** Parts proven to their end. */
  int partsDone() {
    return parts.size() - next.size();
  }

  /** Share of the key space proven so far, 0 to 1. */
  double fractionDone() {
    double left = 0;
    for (var e : next.entrySet()) {
      left += 1 - KeySpace.fraction(parts.get(e.getKey()), e.getValue());
    }
    return 1 - left / parts.size();
  }

  /** How many parts {@code peer} is asked for right now. */
  int askedOf(PeerId peer) {
    int n = 0;
    for (Set<PeerId> who : asked) {
      if (who.contains(peer)) {
        n++;
      }
    }
    return n;
  }
}
