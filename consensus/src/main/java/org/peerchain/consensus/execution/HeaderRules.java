package org.peerchain.consensus.execution;

import static org.peerchain.consensus.execution.BlockRejection.Reason.COINBASE_NOT_VALIDATOR;
import static org.peerchain.consensus.execution.BlockRejection.Reason.EXTRA_DATA_TOO_LONG;
import static org.peerchain.consensus.execution.BlockRejection.Reason.GAS_USED_ABOVE_GAS_LIMIT;
import static org.peerchain.consensus.execution.BlockRejection.Reason.TIMESTAMP_BEFORE_PARENT;
import static org.peerchain.consensus.execution.BlockRejection.Reason.TIMESTAMP_TOO_FAR_IN_FUTURE;
import static org.peerchain.consensus.execution.BlockRejection.Reason.WRONG_BASE_FEE;
import static org.peerchain.consensus.execution.BlockRejection.Reason.WRONG_CONSTANT_FIELD;
import static org.peerchain.consensus.execution.BlockRejection.Reason.WRONG_GAS_LIMIT;
import static org.peerchain.consensus.execution.BlockRejection.Reason.WRONG_NUMBER;
import static org.peerchain.consensus.execution.BlockRejection.Reason.WRONG_PARENT_HASH;

import java.util.Optional;
import org.peerchain.consensus.execution.BlockRejection.Reason;
import org.peerchain.core.block.BlockHeader;
import org.peerchain.core.types.Hash;
import org.peerchain.core.types.UInt256;

/**
 * What a header must satisfy given its parent, before any transaction runs. Whether the coinbase
 * is the proposer of the round the block was decided in is the engine's to check; here it only
 * has to be a validator.
 */
public final class HeaderRules {
  private HeaderRules() {}

  /**
   * @param parent the header of the block this one extends, already part of the chain
   * @param nowSeconds the local clock, the reference for the future-drift limit
   */
  public static Optional<BlockRejection> check(BlockHeader header, BlockHeader parent, ChainRules rules, long nowSeconds) {
    if (!header.parentHash().equals(parent.hash())) {
      return reject(WRONG_PARENT_HASH, header.parentHash() + ", parent is " + parent.hash());
    }
    if (header.number() != parent.number() + 1) {
      return reject(WRONG_NUMBER, "block " + header.number() + " on parent " + parent.number());
    }
    if (header.timestamp() < parent.timestamp()) {
      return reject(TIMESTAMP_BEFORE_PARENT, header.timestamp() + " < parent's " + parent.timestamp());
    }
    // Subtracting only when ahead: an arbitrary timestamp must not overflow the comparison.
    if (header.timestamp() > nowSeconds && header.timestamp() - nowSeconds > rules.maxFutureDriftSeconds()) {
      return reject(TIMESTAMP_TOO_FAR_IN_FUTURE, header.timestamp() + " is more than "
          + rules.maxFutureDriftSeconds() + " s after now, " + nowSeconds);
    }
    if (!rules.isValidator(header.coinbase())) {
      return reject(COINBASE_NOT_VALIDATOR, header.coinbase().toString());
    }
    if (header.gasLimit() != rules.gasLimit()) {
      return reject(WRONG_GAS_LIMIT, header.gasLimit() + ", the chain's is " + rules.gasLimit());
    }
    if (header.gasUsed() > header.gasLimit()) {
      return reject(GAS_USED_ABOVE_GAS_LIMIT, header.gasUsed() + " > " + header.gasLimit());
    }
    UInt256 baseFee = rules.baseFees().next(parent);
    if (!header.baseFeePerGas().equals(baseFee)) {
      return reject(WRONG_BASE_FEE, header.baseFeePerGas() + ", expected " + baseFee);
    }
    // BlockHeader refuses longer extra data on construction and decoding; this keeps the rule
    // stated here, where the block rules are, whatever a header type allows.
    if (header.extraData().size() > BlockHeader.MAX_EXTRA_DATA) {
      return reject(EXTRA_DATA_TOO_LONG, header.extraData().size() + " bytes");
    }
    return checkConstants(header);
  }

  private static Optional<BlockRejection> checkConstants(BlockHeader header) {
    if (!header.ommersHash().equals(BlockHeader.EMPTY_OMMERS_HASH)) {
      return reject(WRONG_CONSTANT_FIELD, "ommersHash " + header.ommersHash() + ", must be keccak(rlp([]))");
    }
    if (!header.difficulty().isZero()) {
      return reject(WRONG_CONSTANT_FIELD, "difficulty " + header.difficulty() + ", must be 0");
    }
    if (!header.mixHash().equals(Hash.ZERO)) {
      return reject(WRONG_CONSTANT_FIELD, "mixHash " + header.mixHash() + ", must be zero");
    }
    if (!header.nonce().isZero()) {
      return reject(WRONG_CONSTANT_FIELD, "nonce " + header.nonce() + ", must be zero");
    }
    if (!header.logsBloom().isZero()) {
      return reject(WRONG_CONSTANT_FIELD, "logsBloom must be zero: peerchain receipts have no logs");
    }
    return Optional.empty();
  }

  private static Optional<BlockRejection> reject(Reason reason, String detail) {
    return Optional.of(BlockRejection.of(reason, detail));
  }
}
