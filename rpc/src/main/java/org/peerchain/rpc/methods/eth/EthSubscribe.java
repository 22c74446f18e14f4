package org.peerchain.rpc.methods.eth;

import com.fasterxml.jackson.databind.JsonNode;
import org.peerchain.rpc.json.Json;
import org.peerchain.rpc.methods.CallContext;
import org.peerchain.rpc.methods.RpcMethod;
import org.peerchain.rpc.methods.RpcParams;
import org.peerchain.rpc.methods.RpcException;
import org.peerchain.rpc.params.HexData;
import org.peerchain.rpc.params.LogFilterParser;
import org.peerchain.rpc.subscriptions.SubscriptionKind;
import org.peerchain.rpc.subscriptions.Subscriptions;

/** newHeads, newPendingTransactions (hashes, or whole transactions with true) and logs, over WebSocket only. */
public final class EthSubscribe implements RpcMethod {
  @Override
  public String name() {
    return "eth_subscribe";
  }

  @Override
  public JsonNode execute(RpcParams params, CallContext context) {
    Subscriptions subscriptions = context.subscriptions().orElseThrow(EthSubscribe::unsupported);
    String kind = params.required(0, "subscriptionName", HexData.STRING);
    SubscriptionKind k = switch (kind) {
      case "newHeads" -> {
        params.atMost(1);
        yield SubscriptionKind.NEW_HEADS;
      }
      case "newPendingTransactions" -> {
        params.atMost(2);
        yield params.optional(1, "fullTransactions", HexData.BOOLEAN, false)
            ? SubscriptionKind.NEW_PENDING_TRANSACTIONS_FULL : SubscriptionKind.NEW_PENDING_TRANSACTIONS;
      }
      case "logs" -> {
        params.atMost(2);
        params.optional(1, "filter", LogFilterParser.INSTANCE, null);
        yield SubscriptionKind.LOGS;
      }
      default -> throw RpcException.invalidParams("no \"" + kind + "\" subscription in eth namespace");
    };
    return Json.text(subscriptions.subscribe(k)
        .orElseThrow(() -> new RpcException(RpcException.LIMIT_EXCEEDED, "too many subscriptions on this connection")));
  }

  static RpcException unsupported() {
    return new RpcException(RpcException.METHOD_NOT_FOUND, "notifications not supported");
  }
}
