package org.peerchain.rpc.methods.ots;

import com.fasterxml.jackson.databind.JsonNode;
import org.peerchain.core.types.Address;
import org.peerchain.rpc.api.AddressHistory;
import org.peerchain.rpc.api.ChainAccess;
import org.peerchain.rpc.methods.CallContext;
import org.peerchain.rpc.methods.RpcMethod;
import org.peerchain.rpc.methods.RpcParams;
import org.peerchain.rpc.params.HexData;

/** An address's transactions in blocks above {@code blockNumber} (0: from genesis), newest first; see {@link AddressPage}. */
public final class OtsSearchTransactionsAfter implements RpcMethod {
  private final ChainAccess chain;
  private final AddressHistory history;

  public OtsSearchTransactionsAfter(ChainAccess chain, AddressHistory history) {
    this.chain = chain;
    this.history = history;
  }

  @Override
  public String name() {
    return "ots_searchTransactionsAfter";
  }

  @Override
  public JsonNode execute(RpcParams params, CallContext context) {
    params.atMost(3);
    Address address = params.required(0, "address", HexData.ADDRESS);
    long blockNumber = params.required(1, "blockNumber", OtsParams.NUMBER);
    int pageSize = params.required(2, "pageSize", OtsParams.PAGE_SIZE);
    return SearchResultJson.of(chain, AddressPage.after(history, address, blockNumber, pageSize));
  }
}
