package org.peerchain.consensus.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerchain.consensus.execution.BlockExecutorTest.copy;
import static org.peerchain.consensus.execution.BlockExecutorTest.executed;
import static org.peerchain.consensus.execution.TestChain.GWEI;
import static org.peerchain.consensus.execution.TestChain.OUTSIDER;
import static org.peerchain.consensus.execution.TestChain.PROPOSER;
import static org.peerchain.consensus.execution.TestChain.USERS;
import static org.peerchain.consensus.execution.TestChain.USER_VALIDATOR;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.peerchain.core.block.Block;
import org.peerchain.core.tx.Transaction;
import org.peerchain.core.tx.TransactionType;
import org.peerchain.core.tx.UnsignedTransaction;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.UInt256;

/**
 * Random transfers among a few accounts, some of them invalid (nonce gaps and repeats, fee caps
 * under the base fee or under the tip, more than the balance): the builder's blocks re-execute on
 * an independent replica to the same roots, and balances follow a plain model of the fee rules.
 */
class ExecutionPropertyTest {
  private static final long GAS = 21_000;
  private static final List<Address> RECIPIENTS = recipients();

  /** A transfer as planned: indexes into USERS / RECIPIENTS, amounts in gwei and tenths of an ether. */
  record Planned(int from, int to, int tenthsOfEther, int nonceDelta, int tipGwei, int capGwei, boolean legacy) {}

  @Property(tries = 40)
  void builtBlocksReplayOnAReplicaAndMatchTheModel(@ForAll("blocks") List<List<Planned>> blocks,
      @ForAll("proposers") List<Boolean> userProposes) {
    TestChain node = TestChain.create();
    TestChain replica = TestChain.create();
    Model model = new Model();
    Map<Integer, Long> planned = new HashMap<>();

    for (int height = 0; height < blocks.size(); height++) {
      Address proposer = userProposes.get(height) ? USER_VALIDATOR : PROPOSER;
      List<Transaction> candidates = new ArrayList<>();
      for (Planned p : blocks.get(height)) {
        long intended = planned.merge(p.from(), 1L, Long::sum) - 1;
        candidates.add(sign(p, Math.max(0, intended + p.nonceDelta())));
      }

      BuiltBlock built = node.build(proposer, candidates);
      Block block = built.block();
      List<Transaction> accepted = model.apply(candidates, proposer, block.header().baseFeePerGas());

      assertThat(block.transactions()).isEqualTo(accepted);
      Statistics.label("candidates included").collect(
          accepted.size() == candidates.size() ? "all" : accepted.isEmpty() ? "none" : "some");
      assertThat(built.skipped()).hasSize(candidates.size() - accepted.size());
      ExecutionResult.Executed onReplica = executed(replica.execute(copy(block)));
      assertThat(onReplica.stateCommit().stateRoot()).isEqualTo(block.header().stateRoot());
      assertThat(onReplica.receipts()).isEqualTo(built.executed().receipts());
      node.commit(built.executed());
      replica.commit(onReplica);

      for (Address address : RECIPIENTS) {
        assertThat(replica.balance(address).toBigInteger()).as("balance of %s", address).isEqualTo(model.balance(address));
        assertThat(replica.nonce(address)).isEqualTo(model.nonce(address));
        assertThat(node.balance(address)).isEqualTo(replica.balance(address));
      }
    }
    assertThat(replica.supply()).isEqualTo(model.initialSupply.subtract(model.burned));
  }

  @Provide
  Arbitrary<List<List<Planned>>> blocks() {
    Arbitrary<Planned> transfer = Combinators.combine(
        Arbitraries.integers().between(0, USERS.size() - 1),
        Arbitraries.integers().between(0, RECIPIENTS.size() - 1),
        Arbitraries.integers().between(0, 400),
        Arbitraries.of(0, 0, 0, 0, 0, 0, -1, 1),
        Arbitraries.integers().between(0, 3),
        Arbitraries.of(0, 1, 2, 3, 5, 10),
        Arbitraries.of(false, false, false, true))
        .as(Planned::new);
    return transfer.list().ofMaxSize(8).list().ofMinSize(1).ofMaxSize(3);
  }

  @Provide
  Arbitrary<List<Boolean>> proposers() {
    return Arbitraries.of(true, false).list().ofSize(3);
  }

  private static Transaction sign(Planned p, long nonce) {
    UInt256 value = TestChain.ETHER.multiply(p.tenthsOfEther()).divide(UInt256.valueOf(10));
    UnsignedTransaction.Builder body = UnsignedTransaction.builder(p.legacy() ? TransactionType.LEGACY
        : TransactionType.DYNAMIC_FEE).nonce(nonce).gasLimit(GAS).to(RECIPIENTS.get(p.to())).value(value);
    if (p.legacy()) {
      body.gasPrice(GWEI.multiply(p.capGwei()));
    } else {
      body.maxPriorityFeePerGas(GWEI.multiply(p.tipGwei())).maxFeePerGas(GWEI.multiply(p.capGwei()));
    }
    return TestChain.sign(p.from(), body.build());
  }

  private static List<Address> recipients() {
    List<Address> all = new ArrayList<>(USERS);
    all.add(OUTSIDER);
    all.add(PROPOSER);
    return List.copyOf(all);
  }

  /** Balances and nonces, and the fee rules stated once more in plain BigInteger arithmetic. */
  private static final class Model {
    final Map<Address, BigInteger> balances = new HashMap<>();
    final Map<Address, Long> nonces = new HashMap<>();
    final BigInteger initialSupply;
    BigInteger burned = BigInteger.ZERO;

    Model() {
      USERS.forEach(user -> balances.put(user, TestChain.FUNDS.toBigInteger()));
      initialSupply = TestChain.FUNDS.toBigInteger().multiply(BigInteger.valueOf(USERS.size()));
    }

    BigInteger balance(Address a) {
      return balances.getOrDefault(a, BigInteger.ZERO);
    }

    long nonce(Address a) {
      return nonces.getOrDefault(a, 0L);
    }

    List<Transaction> apply(List<Transaction> candidates, Address proposer, UInt256 baseFeeValue) {
      BigInteger baseFee = baseFeeValue.toBigInteger();
      BigInteger gas = BigInteger.valueOf(GAS);
      List<Transaction> accepted = new ArrayList<>();
      for (Transaction tx : candidates) {
        Address from = tx.sender().orElseThrow();
        Address to = tx.to().orElseThrow();
        BigInteger cap = tx.maxFeePerGas().toBigInteger();
        BigInteger tipCap = tx.maxPriorityFeePerGas().toBigInteger();
        BigInteger value = tx.value().toBigInteger();
        boolean valid = tipCap.compareTo(cap) <= 0
            && tx.nonce() == nonce(from)
            && cap.compareTo(baseFee) >= 0
            && balance(from).compareTo(gas.multiply(cap).add(value)) >= 0;
        if (!valid) {
          continue;
        }
        BigInteger price = cap.min(baseFee.add(tipCap));
        balances.put(from, balance(from).subtract(value).subtract(gas.multiply(price)));
        balances.put(to, balance(to).add(value));
        balances.put(proposer, balance(proposer).add(gas.multiply(price.subtract(baseFee))));
        nonces.put(from, nonce(from) + 1);
        burned = burned.add(gas.multiply(baseFee));
        accepted.add(tx);
      }
      return accepted;
    }
  }
}
