package org.peerchain.rpc.methods.ots;

import com.fasterxml.jackson.databind.JsonNode;
import org.peerchain.core.types.Address;
import org.peerchain.rpc.api.AddressHistory;
import org.peerchain.rpc.api.ChainAccess;
import org.peerchain.rpc.methods.CallContext;
import org.peerchain.rpc.methods.RpcMethod;
import org.peerchain.rpc.methods.RpcParams;
import org.peerchain.rpc.params.HexData;

/** An address's transactions in blocks below {@code blockNumber} (0: from the head), newest first; see {@link AddressPage}. */
public final class OtsSearchTransactionsBefore implements RpcMethod {
  private final ChainAccess chain;
  private final AddressHistory history;

  public OtsSearchTransactionsBefore(ChainAccess chain, AddressHistory history) {
    this.chain = chain;
    this.history = history;
  }

  @Override
  public String name() {
    return "ots_searchTransactionsBefore";
  }

  @Override
  public JsonNode execute(RpcParams params, CallContext context) {
    params.atMost(3);
    Address address = params.required(0, "address", HexData.ADDRESS);
    long blockNumber = params.required(1, "blockNumber", OtsParams.NUMBER);
    int pageSize = params.required(2, "pageSize", OtsParams.PAGE_SIZE);
    return SearchResultJson.of(chain, AddressPage.before(history, address, blockNumber, pageSize));
  }
}
