package org.peerchain.node.txpool;

import java.math.BigInteger;
import org.peerchain.core.tx.Transaction;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.Hash;

/**
 * A transaction as the pool holds it, with what admission computed once: the recovered sender,
 * the upfront cost (gas limit * fee cap + value) and the encoded size.
 *
 * @param seq arrival order, unique in the pool: ties between equal prices go by it
 */
record PooledTx(Transaction tx, Hash hash, Address sender, BigInteger cost, int size, long seq) {
  long nonce() {
    return tx.nonce();
  }

  BigInteger feeCap() {
    return tx.maxFeePerGas().toBigInteger();
  }

  BigInteger tipCap() {
    return tx.maxPriorityFeePerGas().toBigInteger();
  }
}
