package org.peerchain.consensus.ledger;

import java.util.Objects;
import org.peerchain.core.block.Receipt;
import org.peerchain.core.tx.IntrinsicGas;
import org.peerchain.core.tx.Transaction;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.UInt256;
import org.peerchain.storage.state.Account;

/**
 * The state change of one value transfer that passed {@link TransactionRules#check}: the sender's
 * nonce goes up by one and it pays value + gas used * effective gas price; the recipient gains the
 * value; of the fee, {@link #burned()} leaves the supply and {@link #tip()} goes to the proposer.
 *
 * <p>The caller writes {@link #senderAfter()}, then {@link #recipientAfter()}, then credits the tip
 * to the proposer's account as it reads after those writes, since the proposer may be the sender
 * or the recipient. For a self-transfer both accounts are the same one, charged only the fee.
 */
public record TransferEffect(
    int txType, Address sender, Account senderAfter, Address recipient, Account recipientAfter, long gasUsed,
    FeeSplit fees) {

  public TransferEffect {
    Objects.requireNonNull(sender, "sender");
    Objects.requireNonNull(senderAfter, "senderAfter");
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(recipientAfter, "recipientAfter");
    Objects.requireNonNull(fees, "fees");
  }

  /**
   * @param recipientBefore the recipient's account ({@link Account#EMPTY} if it has none); for a
   *     self-transfer it must be {@code senderBefore}
   * @throws ArithmeticException when the transaction was not valid (balance short, fee cap below
   *     the base fee) or a balance would exceed 2^256 - 1
   */
  public static TransferEffect apply(
      Transaction tx, Address sender, Account senderBefore, Account recipientBefore, UInt256 baseFee) {
    Address recipient = tx.to().orElseThrow(() -> new IllegalArgumentException("contract creation is not supported"));
    boolean self = recipient.equals(sender);
    if (self && !recipientBefore.equals(senderBefore)) {
      throw new IllegalArgumentException("self-transfer with two different accounts for " + sender);
    }
    long gasUsed = gasUsed(tx);
    FeeSplit fees = GasFees.split(tx, baseFee, gasUsed);
    UInt256 debit = self ? fees.charged() : tx.value().add(fees.charged());
    Account senderAfter = senderBefore.withNextNonce().withBalance(senderBefore.balance().subtract(debit));
    Account recipientAfter = self ? senderAfter : recipientBefore.withBalance(recipientBefore.balance().add(tx.value()));
    return new TransferEffect(tx.type().code(), sender, senderAfter, recipient, recipientAfter, gasUsed, fees);
  }

  /** Gas a transfer uses: its intrinsic gas. The rest of its gas limit is not charged. */
  public static long gasUsed(Transaction tx) {
    return IntrinsicGas.of(tx);
  }

  /** A valid transfer cannot fail: there is no code to run. */
  public boolean success() {
    return true;
  }

  public UInt256 tip() {
    return fees.tip();
  }

  public UInt256 burned() {
    return fees.burned();
  }

  /** The proposer's account with the tip credited. */
  public Account creditTip(Account proposer) {
    return proposer.withBalance(proposer.balance().add(fees.tip()));
  }

  /** The receipt, given the gas used by the block's transactions before this one. */
  public Receipt receipt(long cumulativeGasUsedBefore) {
    return new Receipt(txType, success(), Math.addExact(cumulativeGasUsedBefore, gasUsed));
  }
}
