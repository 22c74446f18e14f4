package org.peerchain.consensus.ledger;

import java.util.Optional;
import org.peerchain.consensus.ledger.TxRejection.Reason;
import org.peerchain.core.tx.Transaction;
import org.peerchain.core.tx.TransactionValidator;
import org.peerchain.core.tx.ValidationResult;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.UInt256;
import org.peerchain.storage.state.Account;

/**
 * Whether a transaction may be executed against its sender's account in a given block: the
 * stateless checks of {@link TransactionValidator}, then the ledger's own, in geth's order
 * (nonce, fee cap against base fee, balance, block gas).
 *
 * <p>Two modes. {@link #check} is the block rule: the nonce must equal the account's and the
 * transaction must fit in the gas the block has left. {@link #checkForPool} admits future nonces,
 * which a pool holds until the gap closes; everything else is the same, including the base fee
 * (of the next block), as anvil and hardhat refuse such transactions on submission.
 */
public final class TransactionRules {
  private TransactionRules() {}

  /** The block rule. {@code sender} is the sender's account, {@link Account#EMPTY} if it has none. */
  public static Optional<TxRejection> check(Transaction tx, Account sender, BlockContext block) {
    return check(tx, sender, block, false);
  }

  /**
   * The pool rule: as {@link #check}, but a nonce above the account's is not an error and the gas
   * already used in the block is not considered (only the block gas limit is).
   */
  public static Optional<TxRejection> checkForPool(Transaction tx, Account sender, BlockContext block) {
    return check(tx, sender, block, true);
  }

  private static Optional<TxRejection> check(Transaction tx, Account account, BlockContext block, boolean pool) {
    // First, so that any attempt to deploy gets the one clear answer rather than an initcode or gas error.
    if (tx.isContractCreation()) {
      return reject(Reason.CONTRACT_CREATION_NOT_SUPPORTED, "");
    }
    ValidationResult result = new TransactionValidator(block.chainId(), block.acceptsImpersonated()).validate(tx);
    if (result instanceof ValidationResult.Invalid invalid) {
      return Optional.of(StatelessRejections.of(tx, invalid));
    }
    // The architecture requires a matching chain id; a pre-EIP-155 transaction has none.
    if (!tx.isReplayProtected()) {
      return reject(Reason.UNPROTECTED_TRANSACTION, "");
    }
    Address from = ((ValidationResult.Valid) result).sender();
    if (Long.compareUnsigned(tx.gasLimit(), block.blockGasLimit()) > 0) {
      return reject(Reason.EXCEEDS_BLOCK_GAS_LIMIT, "tx gas " + Long.toUnsignedString(tx.gasLimit())
          + ", block gas limit " + block.blockGasLimit());
    }
    int nonceOrder = Long.compareUnsigned(tx.nonce(), account.nonce());
    if (nonceOrder < 0 || (nonceOrder > 0 && !pool)) {
      return reject(nonceOrder < 0 ? Reason.NONCE_TOO_LOW : Reason.NONCE_TOO_HIGH, "address " + from
          + ", tx: " + Long.toUnsignedString(tx.nonce()) + " state: " + Long.toUnsignedString(account.nonce()));
    }
    if (tx.maxFeePerGas().compareTo(block.baseFee()) < 0) {
      return reject(Reason.FEE_CAP_TOO_LOW, "address " + from + ", maxFeePerGas: " + tx.maxFeePerGas()
          + ", baseFee: " + block.baseFee());
    }
    Optional<TxRejection> funds = checkFunds(tx, account, from);
    if (funds.isPresent()) {
      return funds;
    }
    if (!pool && Long.compareUnsigned(tx.gasLimit(), block.gasRemaining()) > 0) {
      return reject(Reason.GAS_LIMIT_REACHED, "tx gas " + Long.toUnsignedString(tx.gasLimit())
          + ", block gas remaining " + block.gasRemaining());
    }
    return Optional.empty();
  }

  private static Optional<TxRejection> checkFunds(Transaction tx, Account account, Address from) {
    UInt256 want;
    try {
      want = GasFees.upfrontCost(tx);
    } catch (ArithmeticException e) {
      return reject(Reason.INSUFFICIENT_FUNDS, "address " + from + " required balance exceeds 256 bits");
    }
    if (account.balance().compareTo(want) < 0) {
      return reject(Reason.INSUFFICIENT_FUNDS, "address " + from + " have " + account.balance() + " want " + want);
    }
    return Optional.empty();
  }

  private static Optional<TxRejection> reject(Reason reason, String detail) {
    return Optional.of(TxRejection.of(reason, detail));
  }
}
