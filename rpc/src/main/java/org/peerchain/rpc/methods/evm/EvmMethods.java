package org.peerchain.rpc.methods.evm;

import java.util.ArrayList;
import java.util.List;
import org.peerchain.rpc.methods.MethodContext;
import org.peerchain.rpc.methods.RpcMethod;

/** The evm_* methods and their anvil_* aliases; none without dev control. */
public final class EvmMethods {
  private EvmMethods() {}

  public static List<RpcMethod> create(MethodContext ctx) {
    List<RpcMethod> methods = new ArrayList<>();
    ctx.devControl().ifPresent(dev -> {
      for (String prefix : List.of("evm_", "anvil_")) {
        methods.add(new EvmSnapshot(prefix + "snapshot", dev));
        methods.add(new EvmRevert(prefix + "revert", dev));
        methods.add(new EvmIncreaseTime(prefix + "increaseTime", dev));
        methods.add(new EvmSetNextBlockTimestamp(prefix + "setNextBlockTimestamp", dev));
        methods.add(new EvmSetAutomine(prefix + "setAutomine", dev));
        methods.add(new EvmSetIntervalMining(prefix + "setIntervalMining", dev));
      }
      methods.add(new EvmMine("evm_mine", dev));
    });
    return methods;
  }
}
