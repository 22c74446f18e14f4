package org.peerchain.rpc.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.peerchain.rpc.methods.MethodContext;
import org.peerchain.rpc.methods.MethodRegistry;
import org.peerchain.rpc.methods.Namespace;
import org.peerchain.rpc.methods.RpcMethod;
import org.peerchain.rpc.methods.anvil.AnvilMethods;
import org.peerchain.rpc.methods.eth.EthMethods;
import org.peerchain.rpc.methods.evm.EvmMethods;
import org.peerchain.rpc.methods.net.NetMethods;
import org.peerchain.rpc.methods.peerchain.PeerchainMethods;
import org.peerchain.rpc.methods.txpool.TxpoolMethods;
import org.peerchain.rpc.methods.web3.Web3Methods;

/**
 * The methods of all namespaces. It sits with the server rather than in {@code rpc.methods} because
 * the namespace packages build on {@code rpc.methods}.
 */
public final class StandardMethods {
  private StandardMethods() {}

  /** Every method peerchain has, filtered by {@code enabled}. */
  public static MethodRegistry registry(MethodContext ctx, Set<Namespace> enabled) {
    List<RpcMethod> all = new ArrayList<>();
    all.addAll(Web3Methods.create(ctx));
    all.addAll(NetMethods.create(ctx));
    all.addAll(EthMethods.create(ctx));
    all.addAll(TxpoolMethods.create(ctx));
    all.addAll(PeerchainMethods.create(ctx));
    all.addAll(AnvilMethods.create(ctx));
    all.addAll(EvmMethods.create(ctx));
    return new MethodRegistry(all, enabled);
  }
}
