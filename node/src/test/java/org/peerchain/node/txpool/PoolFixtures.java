package org.peerchain.node.txpool;

import java.math.BigInteger;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.peerchain.core.crypto.KeyPair;
import org.peerchain.core.crypto.PrivateKey;
import org.peerchain.core.crypto.Secp256k1;
import org.peerchain.core.tx.Transaction;
import org.peerchain.core.tx.TransactionSigner;
import org.peerchain.core.tx.TransactionType;
import org.peerchain.core.tx.UnsignedTransaction;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.UInt256;
import org.peerchain.storage.state.Account;

/** Signed transfers, a mutable head state and a pool over them. */
final class PoolFixtures {
  static final long CHAIN_ID = 1337;
  static final long BLOCK_GAS_LIMIT = 30_000_000;
  static final UInt256 GWEI = UInt256.valueOf(1_000_000_000L);
  static final UInt256 ETHER = UInt256.valueOf(BigInteger.TEN.pow(18));
  static final Address RECIPIENT = Address.fromHexString("0x00000000000000000000000000000000000000aa");

  private PoolFixtures() {}

  static KeyPair key(int i) {
    return Secp256k1.get().keyPair(PrivateKey.fromBigInteger(BigInteger.valueOf(0xA11CE + i)));
  }

  static UInt256 gwei(long n) {
    return GWEI.multiply(n);
  }

  /** An EIP-1559 transfer of 1 wei, 21000 gas, fees in gwei. */
  static Transaction transfer(KeyPair key, long nonce, long tipGwei, long feeCapGwei) {
    return transfer(key, nonce, gwei(tipGwei), gwei(feeCapGwei), UInt256.ONE);
  }

  static Transaction transfer(KeyPair key, long nonce, UInt256 tip, UInt256 feeCap, UInt256 value) {
    return sign(key, UnsignedTransaction.builder(TransactionType.DYNAMIC_FEE).nonce(nonce)
        .maxPriorityFeePerGas(tip).maxFeePerGas(feeCap).gasLimit(21_000).to(RECIPIENT).value(value));
  }

  static Transaction sign(KeyPair key, UnsignedTransaction.Builder body) {
    return TransactionSigner.sign(body.build(), CHAIN_ID, key.privateKey());
  }

  /** gas limit * fee cap + value, as the pool charges a sender. */
  static UInt256 cost(Transaction tx) {
    return UInt256.valueOf(tx.gasLimit()).multiply(tx.maxFeePerGas()).add(tx.value());
  }

  /** Head accounts the test changes as blocks would. */
  static final class Accounts implements AccountSource {
    private final Map<Address, Account> accounts = new ConcurrentHashMap<>();

    @Override
    public Account account(Address address) {
      return accounts.getOrDefault(address, Account.EMPTY);
    }

    Accounts set(Address address, long nonce, UInt256 balance) {
      accounts.put(address, new Account(nonce, balance));
      return this;
    }

    Accounts fund(KeyPair... keys) {
      for (KeyPair k : keys) {
        set(k.address(), 0, ETHER.multiply(100));
      }
      return this;
    }
  }

  /** A pool at 1 gwei base fee with the given limits. */
  static final class Harness {
    final Accounts accounts = new Accounts();
    final AtomicReference<UInt256> baseFee = new AtomicReference<>(gwei(1));
    final TxPool pool;

    Harness(TxPoolConfig config) {
      pool = new TxPool(config, accounts, CHAIN_ID, baseFee::get, BLOCK_GAS_LIMIT);
    }

    Harness() {
      this(TxPoolConfig.DEFAULT);
    }

    /** Commits {@code txs} as a block: advances the senders' nonces and charges them, then tells the pool. */
    void commit(Transaction... txs) {
      for (Transaction tx : txs) {
        Address from = tx.sender().orElseThrow();
        Account a = accounts.account(from);
        UInt256 spent = UInt256.valueOf(tx.gasLimit()).multiply(baseFee.get().add(tx.maxPriorityFeePerGas()
            .min(tx.maxFeePerGas().subtract(baseFee.get())))).add(tx.value());
        accounts.set(from, a.nonce() + 1, a.balance().subtract(spent));
      }
      pool.onBlockCommitted(java.util.List.of(txs));
    }
  }
}
