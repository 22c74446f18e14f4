package org.peerchain.rpc.methods.anvil;

import java.util.ArrayList;
import java.util.List;
import org.peerchain.rpc.methods.MethodContext;
import org.peerchain.rpc.methods.RpcMethod;

/** The anvil_* methods and the hardhat_* names anvil also answers to; none without dev control. */
public final class AnvilMethods {
  private AnvilMethods() {}

  public static List<RpcMethod> create(MethodContext ctx) {
    List<RpcMethod> methods = new ArrayList<>();
    ctx.devControl().ifPresent(dev -> {
      for (String prefix : List.of("anvil_", "hardhat_")) {
        methods.add(new AnvilMine(prefix + "mine", dev));
        methods.add(new AnvilGetAutomine(prefix + "getAutomine", dev));
        methods.add(new AnvilSetBalance(prefix + "setBalance", dev));
        methods.add(new AnvilSetNonce(prefix + "setNonce", dev));
        methods.add(new AnvilImpersonateAccount(prefix + "impersonateAccount", dev, true));
        methods.add(new AnvilImpersonateAccount(prefix + "stopImpersonatingAccount", dev, false));
        methods.add(new AnvilAutoImpersonateAccount(prefix + "autoImpersonateAccount", dev));
        methods.add(new AnvilDropTransaction(prefix + "dropTransaction", dev));
        methods.add(new AnvilDropAllTransactions(prefix + "dropAllTransactions", dev));
        methods.add(new AnvilDumpState(prefix + "dumpState", dev));
        methods.add(new AnvilLoadState(prefix + "loadState", dev));
        methods.add(new AnvilReset(prefix + "reset", dev));
        methods.add(new AnvilMetadata(prefix + "metadata", dev, ctx.chain(), ctx.node()));
      }
      methods.add(new AnvilNodeInfo("anvil_nodeInfo", dev, ctx.chain(), ctx.node()));
      methods.add(new AnvilBlockTimestampInterval("anvil_setBlockTimestampInterval", dev, true));
      methods.add(new AnvilBlockTimestampInterval("anvil_removeBlockTimestampInterval", dev, false));
    });
    return methods;
  }
}
