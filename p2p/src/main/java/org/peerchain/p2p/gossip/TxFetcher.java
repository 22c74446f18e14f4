package org.peerchain.p2p.gossip;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.peerchain.core.types.Hash;
import org.peerchain.p2p.identity.PeerId;

/**
 * Decides which peer to ask for which announced transaction, and when to ask another. Every
 * announcer of a hash is remembered (a few per hash) and one is asked at a time, in the order they
 * announced; if it has not delivered by the deadline, the next one is asked, until all were tried
 * or {@link FetchLimits#maxTries()}. A request that brought none of its transactions makes its
 * peer unresponsive: it is reported (at most once per timeout, so a busy honest peer is not
 * banned for a burst) and its other announcements are dropped, so that its made-up hashes do not
 * hold room or wait for their own timeouts one batch at a time.
 *
 * <p>Bounded by {@link FetchLimits}: hashes tracked in total and per announcing peer, announcers
 * per hash, hashes in flight per peer and in total. Time is passed in by the caller. Thread-safe
 * with one lock; it only decides, and the caller sends and penalizes what the returned
 * {@link FetchPlan} says.
 */
final class TxFetcher {
  private final FetchLimits limits;
  private final long timeoutNanos;
  private final Map<Hash, Fetch> fetches = new HashMap<>();
  private final Map<PeerId, Announcer> peers = new HashMap<>();
  /** Requests with undelivered hashes, oldest first: with one timeout for all, deadline order. */
  private final Set<Request> requests = new LinkedHashSet<>();
  /** Announcers with hashes waiting that found no room in the total in-flight limit, first come first. */
  private final Set<Announcer> starved = new LinkedHashSet<>();
  private int inFlight;

  TxFetcher(FetchLimits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
    this.timeoutNanos = limits.timeout().toNanos();
  }

  /** {@code peer} announced {@code hashes}, which the node lacks. */
  synchronized FetchPlan announced(PeerId peer, Collection<Hash> hashes, long now) {
    FetchPlan.Builder plan = new FetchPlan.Builder();
    expire(now, plan);
    Announcer a = peers.computeIfAbsent(peer, Announcer::new);
    for (Hash h : hashes) {
      if (a.listed.size() >= limits.announcedPerPeer()) {
        break;
      }
      Fetch f = fetches.get(h);
      if (f == null) {
        if (fetches.size() >= limits.maxTracked()) {
          continue;
        }
        f = new Fetch(h);
        fetches.put(h, f);
      } else if (f.involves(peer) || f.announcers.size() >= limits.announcersPerHash()) {
        continue;
      }
      f.announcers.add(peer);
      a.listed.add(h);
      if (f.request == null) {
        a.waiting.add(h);
      }
    }
    dispatch(a, now, plan);
    dispatchStarved(now, plan);
    return plan.build();
  }

  /**
   * The transactions of {@code hashes} arrived from {@code from} (null: the node has them
   * otherwise): nobody needs to be asked for them any more.
   */
  synchronized FetchPlan delivered(PeerId from, Collection<Hash> hashes, long now) {
    FetchPlan.Builder plan = new FetchPlan.Builder();
    expire(now, plan);
    Set<Announcer> freed = new LinkedHashSet<>();
    for (Hash h : hashes) {
      Fetch f = fetches.get(h);
      if (f == null) {
        continue;
      }
      Request r = f.request;
      if (r != null) {
        r.answered |= r.peer.equals(from);
        f.request = null;
        inFlight--;
        if (--r.open == 0) {
          requests.remove(r);
        }
        Announcer asked = peers.get(r.peer);
        if (asked != null) {
          asked.inFlight--;
          freed.add(asked);
        }
      }
      drop(f);
    }
    freed.forEach(a -> dispatch(a, now, plan));
    dispatchStarved(now, plan);
    return plan.build();
  }

  /** Moves on from requests past their deadline. */
  synchronized FetchPlan expire(long now) {
    FetchPlan.Builder plan = new FetchPlan.Builder();
    expire(now, plan);
    dispatchStarved(now, plan);
    return plan.build();
  }

  /** {@code peer} disconnected: what it announced or was asked goes to the other announcers. */
  synchronized FetchPlan forget(PeerId peer, long now) {
    FetchPlan.Builder plan = new FetchPlan.Builder();
    Announcer a = peers.remove(peer);
    if (a != null) {
      starved.remove(a);
      unlist(a);
      Set<Announcer> next = new LinkedHashSet<>();
      for (Iterator<Request> it = requests.iterator(); it.hasNext(); ) {
        Request r = it.next();
        if (r.peer.equals(peer)) {
          it.remove();
          reassign(release(r), next);
        }
      }
      next.forEach(x -> dispatch(x, now, plan));
    }
    expire(now, plan);
    dispatchStarved(now, plan);
    return plan.build();
  }

  synchronized int tracked() {
    return fetches.size();
  }

  synchronized int inFlight() {
    return inFlight;
  }

  synchronized int inFlight(PeerId peer) {
    Announcer a = peers.get(peer);
    return a == null ? 0 : a.inFlight;
  }

  synchronized int listed(PeerId peer) {
    Announcer a = peers.get(peer);
    return a == null ? 0 : a.listed.size();
  }

  private void expire(long now, FetchPlan.Builder plan) {
    Set<Announcer> next = new LinkedHashSet<>();
    for (Iterator<Request> it = requests.iterator(); it.hasNext(); ) {
      Request r = it.next();
      if (now - r.deadline < 0) {
        break;
      }
      it.remove();
      List<Fetch> missing = release(r);
      Announcer asked = peers.get(r.peer);
      if (asked != null) {
        asked.inFlight -= missing.size();
        // Hashes that others delivered meanwhile prove nothing: the asked peer may just be slower.
        if (!r.answered && !missing.isEmpty()) {
          unresponsive(asked, now, plan);
        }
        next.add(asked); // room for what else waits on it
      }
      reassign(missing, next);
    }
    next.forEach(a -> dispatch(a, now, plan));
  }

  /** Ends {@code r}: its undelivered fetches, now asked of nobody. */
  private List<Fetch> release(Request r) {
    List<Fetch> missing = new ArrayList<>();
    for (Hash h : r.hashes) {
      Fetch f = fetches.get(h);
      if (f != null && f.request == r) {
        f.request = null;
        inFlight--;
        missing.add(f);
      }
    }
    r.open = 0;
    return missing;
  }

  /** Queues each fetch on its remaining announcers (collected in {@code next}), or gives it up. */
  private void reassign(List<Fetch> fetchesAskedOfNobody, Set<Announcer> next) {
    for (Fetch f : fetchesAskedOfNobody) {
      if (f.announcers.isEmpty() || f.tried.size() >= limits.maxTries()) {
        drop(f);
        continue;
      }
      for (PeerId p : f.announcers) {
        Announcer x = peers.get(p);
        x.waiting.add(f.hash);
        next.add(x);
      }
    }
  }

  private void unresponsive(Announcer a, long now, FetchPlan.Builder plan) {
    unlist(a);
    if (!a.reported || now - a.reportedAt >= timeoutNanos) {
      a.reported = true;
      a.reportedAt = now;
      plan.unanswered(a.id);
    }
  }

  /** Removes {@code a} as an announcer everywhere; a fetch left without announcers is given up. */
  private void unlist(Announcer a) {
    for (Hash h : a.listed) {
      Fetch f = fetches.get(h);
      f.announcers.remove(a.id);
      if (f.announcers.isEmpty() && f.request == null) {
        fetches.remove(h);
      }
    }
    a.listed.clear();
    a.waiting.clear();
  }

  /** Asks {@code a} for what waits on it, as far as the in-flight limits allow. */
  private void dispatch(Announcer a, long now, FetchPlan.Builder plan) {
    if (a.waiting.isEmpty()) {
      return;
    }
    int ownRoom = limits.inFlightPerPeer() - a.inFlight;
    int totalRoom = limits.maxInFlight() - inFlight;
    if (totalRoom < Math.min(ownRoom, a.waiting.size())) {
      // Its own requests ending wake it when its own room is short; others' ending, when the total is.
      starved.add(a);
    }
    int room = Math.min(ownRoom, totalRoom);
    if (room <= 0) {
      return;
    }
    List<Hash> ask = new ArrayList<>(Math.min(room, a.waiting.size()));
    for (Iterator<Hash> it = a.waiting.iterator(); it.hasNext() && ask.size() < room; ) {
      ask.add(it.next());
      it.remove();
    }
    Request r = new Request(a.id, ask, now + timeoutNanos);
    for (Hash h : ask) {
      Fetch f = fetches.get(h);
      f.announcers.remove(a.id);
      f.tried.add(a.id);
      f.request = r;
      a.listed.remove(h);
      for (PeerId p : f.announcers) {
        peers.get(p).waiting.remove(h);
      }
    }
    a.inFlight += ask.size();
    inFlight += ask.size();
    requests.add(r);
    plan.request(a.id, ask);
  }

  /** Gives room freed in the total in-flight limit to the announcers that waited for it. */
  private void dispatchStarved(long now, FetchPlan.Builder plan) {
    if (starved.isEmpty() || inFlight >= limits.maxInFlight()) {
      return;
    }
    List<Announcer> queue = new ArrayList<>(starved);
    starved.clear();
    for (Announcer a : queue) {
      dispatch(a, now, plan);
    }
  }

  /** Forgets a fetch that is asked of nobody. */
  private void drop(Fetch f) {
    fetches.remove(f.hash);
    for (PeerId p : f.announcers) {
      Announcer x = peers.get(p);
      x.listed.remove(f.hash);
      x.waiting.remove(f.hash);
    }
  }

  /** One hash being fetched. */
  private static final class Fetch {
    final Hash hash;
    /** Peers that announced it and were not asked yet, in announcement order. */
    final List<PeerId> announcers = new ArrayList<>(2);
    /** Peers asked for it, including the one asked now. */
    final Set<PeerId> tried = new HashSet<>(2);
    /** The request it is in flight in, or null while it waits. */
    Request request;

    Fetch(Hash hash) {
      this.hash = hash;
    }

    boolean involves(PeerId peer) {
      return tried.contains(peer) || announcers.contains(peer);
    }
  }

  /** One peer's side. */
  private static final class Announcer {
    final PeerId id;
    /** Hashes it announced and was not asked for yet. */
    final Set<Hash> listed = new HashSet<>();
    /** The part of {@link #listed} that is asked of nobody, in announcement order. */
    final Set<Hash> waiting = new LinkedHashSet<>();
    int inFlight;
    boolean reported;
    long reportedAt;

    Announcer(PeerId id) {
      this.id = id;
    }
  }

  /** One GetTxs worth of hashes asked of one peer; identity matters, not content. */
  private static final class Request {
    final PeerId peer;
    final List<Hash> hashes;
    final long deadline;
    /** Hashes still undelivered. */
    int open;
    /** Whether the peer delivered any of them. */
    boolean answered;

    Request(PeerId peer, List<Hash> hashes, long deadline) {
      this.peer = peer;
      this.hashes = hashes;
      this.deadline = deadline;
      this.open = hashes.size();
    }
  }
}
