package org.peerchain.rpc.subscriptions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.peerchain.core.types.Hash;
import org.peerchain.rpc.api.ChainEvents;
import org.peerchain.rpc.api.NewHead;
import org.peerchain.rpc.api.TxSubmitter;
import org.peerchain.rpc.json.HeaderJson;
import org.peerchain.rpc.json.TransactionJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fans chain events out to every open subscription. It listens to the node once; each event is
 * serialized once and spliced into one notification per subscriber, and sending never blocks
 * the node's thread (a subscriber too far behind loses its subscription).
 */
public final class SubscriptionHub implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SubscriptionHub.class);

  private final ObjectMapper mapper;
  private final TxSubmitter pool;
  private final Map<String, Entry> entries = new ConcurrentHashMap<>();
  private final List<ChainEvents.Registration> registrations;

  record Entry(SubscriptionKind kind, NotificationSink sink, Subscriptions owner) {}

  public SubscriptionHub(ChainEvents events, TxSubmitter pool, ObjectMapper mapper) {
    this.mapper = mapper;
    this.pool = pool;
    this.registrations = List.of(events.onNewHead(this::onHead), events.onNewPendingTransaction(this::onPending));
  }

  void add(String id, Entry entry) {
    entries.put(id, entry);
  }

  boolean remove(String id) {
    return entries.remove(id) != null;
  }

  public int size() {
    return entries.size();
  }

  private void onHead(NewHead head) {
    String result = null;
    for (Map.Entry<String, Entry> e : entries.entrySet()) {
      if (e.getValue().kind() == SubscriptionKind.NEW_HEADS) {
        if (result == null) {
          result = serialize(HeaderJson.of(head.header()));
        }
        deliver(e.getKey(), e.getValue(), result);
      }
    }
  }

  private void onPending(Hash txHash) {
    String hashJson = null;
    String fullJson = null;
    for (Map.Entry<String, Entry> e : entries.entrySet()) {
      SubscriptionKind kind = e.getValue().kind();
      if (kind == SubscriptionKind.NEW_PENDING_TRANSACTIONS) {
        if (hashJson == null) {
          hashJson = "\"" + txHash.toHexString() + "\"";
        }
        deliver(e.getKey(), e.getValue(), hashJson);
      } else if (kind == SubscriptionKind.NEW_PENDING_TRANSACTIONS_FULL) {
        if (fullJson == null) {
          // The pool may already have dropped it (mined or replaced): then there is nothing to show.
          fullJson = pool.pendingTransaction(txHash).map(tx -> serialize(TransactionJson.pending(tx))).orElse("");
        }
        if (!fullJson.isEmpty()) {
          deliver(e.getKey(), e.getValue(), fullJson);
        }
      }
    }
  }

  private void deliver(String id, Entry entry, String resultJson) {
    String message = "{\"jsonrpc\":\"2.0\",\"method\":\"eth_subscription\",\"params\":{\"subscription\":\""
        + id + "\",\"result\":" + resultJson + "}}";
    if (!entry.sink().send(message)) {
      LOG.debug("Dropping subscription {}: its connection is closed or too slow", id);
      entry.owner().unsubscribe(id);
    }
  }

  private String serialize(JsonNode node) {
    try {
      return mapper.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree failed to serialize", e);
    }
  }

  @Override
  public void close() {
    registrations.forEach(ChainEvents.Registration::close);
    entries.clear();
  }
}
