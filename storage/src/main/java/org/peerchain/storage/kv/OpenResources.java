package org.peerchain.storage.kv;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Iterators, snapshots and batches still open, so their owner can close them when it closes. */
final class OpenResources {
  private static final Logger LOG = LoggerFactory.getLogger(OpenResources.class);

  private final Set<AutoCloseable> open = ConcurrentHashMap.newKeySet();

  void add(AutoCloseable resource) {
    open.add(resource);
  }

  void remove(AutoCloseable resource) {
    open.remove(resource);
  }

  int size() {
    return open.size();
  }

  void closeAll() {
    // Closing removes from the set, so work on a copy.
    for (AutoCloseable resource : List.copyOf(open)) {
      try {
        resource.close();
      } catch (Exception e) {
        LOG.error("Failed to close {}", resource, e);
      }
    }
    open.clear();
  }
}
