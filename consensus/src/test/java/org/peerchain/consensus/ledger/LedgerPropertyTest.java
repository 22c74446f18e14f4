package org.peerchain.consensus.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerchain.consensus.ledger.Fixtures.CHAIN_ID;
import static org.peerchain.consensus.ledger.Fixtures.PROPOSER;
import static org.peerchain.consensus.ledger.Fixtures.RECIPIENT;
import static org.peerchain.consensus.ledger.Fixtures.SENDER;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.constraints.LongRange;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.tx.IntrinsicGas;
import org.peerchain.core.tx.Transaction;
import org.peerchain.core.tx.TransactionType;
import org.peerchain.core.tx.UnsignedTransaction;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.UInt256;
import org.peerchain.storage.state.Account;

class LedgerPropertyTest {
  enum Parties { DISTINCT, SELF_TRANSFER, PROPOSER_IS_SENDER, PROPOSER_IS_RECIPIENT, ALL_ONE }

  @Property(edgeCases = EdgeCasesMode.MIXIN)
  void aTransferConservesValue(@ForAll TransactionType type, @ForAll Parties parties, @ForAll("amounts") UInt256 baseFee,
      @ForAll("amounts") UInt256 feeHeadroom, @ForAll("amounts") UInt256 tipCap, @ForAll("amounts") UInt256 value,
      @ForAll("memos") Bytes memo, @ForAll @LongRange(max = 1_000_000) long spareGas,
      @ForAll("amounts") UInt256 spareBalance, @ForAll("amounts") UInt256 recipientBalance,
      @ForAll("amounts") UInt256 proposerBalance, @ForAll @LongRange(max = 1_000) long nonce) {
    UInt256 base = baseFee.max(UInt256.ONE);
    Address recipient = parties == Parties.SELF_TRANSFER || parties == Parties.ALL_ONE ? SENDER : RECIPIENT;
    Address proposer = switch (parties) {
      case DISTINCT, SELF_TRANSFER -> PROPOSER;
      case PROPOSER_IS_SENDER, ALL_ONE -> SENDER;
      case PROPOSER_IS_RECIPIENT -> RECIPIENT;
    };
    Transaction tx = Fixtures.unsignedForm(body(type, base.add(feeHeadroom), tipCap, value, memo, spareGas, nonce)
        .to(recipient).build());

    Map<Address, Account> state = new HashMap<>();
    state.put(PROPOSER, new Account(0, proposerBalance));
    state.put(RECIPIENT, new Account(0, recipientBalance));
    state.put(SENDER, new Account(nonce, GasFees.upfrontCost(tx).add(spareBalance)));
    BigInteger before = total(state);

    TransferEffect effect = TransferEffect.apply(tx, SENDER, state.get(SENDER), state.get(recipient), base);
    state.put(effect.sender(), effect.senderAfter());
    state.put(effect.recipient(), effect.recipientAfter());
    state.put(proposer, effect.creditTip(state.get(proposer)));

    assertThat(total(state).add(effect.burned().toBigInteger())).isEqualTo(before);
    assertThat(state.get(SENDER).nonce()).isEqualTo(nonce + 1);
    assertThat(effect.gasUsed()).isEqualTo(IntrinsicGas.of(tx)).isLessThanOrEqualTo(tx.gasLimit());
    assertThat(effect.fees().charged())
        .isEqualTo(GasFees.effectiveGasPrice(tx, base).multiply(effect.gasUsed()))
        .isLessThanOrEqualTo(tx.maxFeePerGas().multiply(effect.gasUsed()));
    assertThat(effect.burned()).isEqualTo(base.multiply(effect.gasUsed()));
  }

  // Signing is the slow part; fewer tries cover the interplay of the rules with apply. The ranges
  // sit around the boundaries so that about half the transactions pass and each rule trips.
  @Property(tries = 300, edgeCases = EdgeCasesMode.MIXIN)
  void whatTheBlockRuleAcceptsThePoolAcceptsAndApplies(@ForAll TransactionType type,
      @ForAll("small") int baseGwei, @ForAll("small") int capOverBase, @ForAll("small") int tipGwei,
      @ForAll("gasOverIntrinsic") long gasOverIntrinsic, @ForAll @LongRange(min = 2, max = 4) long accountNonce,
      @ForAll("balances") long balanceGwei, @ForAll("gasUsed") long gasUsedSoFar) {
    UInt256 baseFee = Fixtures.gwei(baseGwei + 1);
    UInt256 cap = Fixtures.gwei(baseGwei + capOverBase); // one in 21 below the base fee
    UnsignedTransaction.Builder b = UnsignedTransaction.builder(type).nonce(3).gasLimit(20_999 + gasOverIntrinsic)
        .to(RECIPIENT).value(Fixtures.gwei(1_000));
    if (type == TransactionType.DYNAMIC_FEE) {
      b.maxFeePerGas(cap).maxPriorityFeePerGas(Fixtures.gwei(tipGwei % (baseGwei + capOverBase + 2)));
    } else {
      b.gasPrice(cap);
    }
    Transaction tx = Fixtures.sign(b.build());
    Account account = new Account(accountNonce, Fixtures.gwei(balanceGwei));
    BlockContext block = new BlockContext(CHAIN_ID, baseFee, 30_000_000, gasUsedSoFar);

    Optional<TxRejection> inBlock = TransactionRules.check(tx, account, block);
    if (inBlock.isEmpty()) {
      assertThat(TransactionRules.checkForPool(tx, account, block)).isEmpty();
      TransferEffect effect = TransferEffect.apply(tx, SENDER, account, Account.EMPTY, baseFee);
      assertThat(gasUsedSoFar + effect.gasUsed()).isLessThanOrEqualTo(block.blockGasLimit());
      assertThat(effect.senderAfter().nonce()).isEqualTo(accountNonce + 1);
    } else {
      assertThat(inBlock.get().message()).startsWith(inBlock.get().reason().description());
    }
  }

  @Provide
  Arbitrary<Integer> small() {
    return Arbitraries.integers().between(0, 20).withDistribution(RandomDistribution.uniform());
  }

  @Provide
  Arbitrary<Long> gasOverIntrinsic() {
    return Arbitraries.longs().between(0, 40_000).withDistribution(RandomDistribution.uniform());
  }

  @Provide
  Arbitrary<Long> balances() {
    return Arbitraries.longs().between(0, 3_000_000).withDistribution(RandomDistribution.uniform());
  }

  @Provide
  Arbitrary<Long> gasUsed() {
    return Arbitraries.longs().between(0, 30_000_000).withDistribution(RandomDistribution.uniform());
  }

  private static UnsignedTransaction.Builder body(TransactionType type, UInt256 cap, UInt256 tipCap, UInt256 value,
      Bytes memo, long spareGas, long nonce) {
    UnsignedTransaction.Builder b = UnsignedTransaction.builder(type).nonce(nonce).value(value).data(memo);
    if (type == TransactionType.DYNAMIC_FEE) {
      b.maxFeePerGas(cap).maxPriorityFeePerGas(tipCap.min(cap));
    } else {
      b.gasPrice(cap);
    }
    return b.gasLimit(IntrinsicGas.of(b.build()) + spareGas);
  }

  private static BigInteger total(Map<Address, Account> state) {
    return state.values().stream().map(a -> a.balance().toBigInteger()).reduce(BigInteger.ZERO, BigInteger::add);
  }

  @Provide
  Arbitrary<UInt256> amounts() {
    return Arbitraries.oneOf(Arbitraries.of(UInt256.ZERO, UInt256.ONE, Fixtures.GWEI),
        Arbitraries.longs().between(0, Long.MAX_VALUE).map(UInt256::valueOf),
        Arbitraries.bigIntegers().between(BigInteger.ZERO, BigInteger.ONE.shiftLeft(180)).map(UInt256::valueOf));
  }

  @Provide
  Arbitrary<Bytes> memos() {
    return Arbitraries.bytes().array(byte[].class).ofMaxSize(64).map(Bytes::wrap);
  }
}
