package org.peerchain.node.dev;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.crypto.KeyPair;
import org.peerchain.core.crypto.PrivateKey;
import org.peerchain.core.crypto.Secp256k1;
import org.peerchain.core.crypto.Keccak;
import org.peerchain.core.genesis.Genesis;
import org.peerchain.core.genesis.GenesisAccount;
import org.peerchain.core.genesis.GenesisValidator;
import org.peerchain.core.keys.DevAccounts;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.UInt256;

/**
 * The chain {@code peerchain dev} runs: the dev mnemonic's accounts funded, one validator.
 *
 * <p>The validator is not one of the funded accounts: it earns the tips, and a wallet checking its
 * own balance arithmetic (value + gas used * effective price) would be confused by income.
 */
public final class DevChain {
  public static final long DEFAULT_CHAIN_ID = 1337;
  public static final int DEFAULT_ACCOUNTS = 20;
  public static final long DEFAULT_BALANCE_ETH = 10_000;
  public static final long DEFAULT_BLOCK_PERIOD_MS = 0;
  public static final long DEFAULT_EMPTY_BLOCK_PERIOD_MS = 10_000;
  /**
   * 300M gas: 14,285 transfers, below the producer's cap on transactions per block. A dev node makes
   * a block as soon as the last one commits, so under a burst a block takes everything that waited;
   * Ethereum's 30M (1,428 transfers) would make the burst wait several blocks.
   */
  public static final long DEFAULT_GAS_LIMIT = 300_000_000;
  static final BigInteger WEI_PER_ETH = BigInteger.TEN.pow(18);

  private DevChain() {}

  /** A fixed key, so a dev chain kept in a data directory keeps its validator across restarts. */
  public static KeyPair validatorKey() {
    PrivateKey key = PrivateKey.fromBytes(Keccak.hash(Bytes.wrap("peerchain dev validator".getBytes(StandardCharsets.UTF_8))).bytes());
    return new KeyPair(key, Secp256k1.get().publicKey(key));
  }

  public static UInt256 ethToWei(BigInteger eth) {
    return UInt256.valueOf(eth.multiply(WEI_PER_ETH));
  }

  /** With Ethereum's 30M gas limit (the chain tests build on). */
  public static Genesis genesis(long chainId, List<KeyPair> accounts, UInt256 balance, long blockPeriodMs,
      long emptyBlockPeriodMs, long timestampSeconds) {
    return genesis(chainId, accounts, balance, blockPeriodMs, emptyBlockPeriodMs, timestampSeconds,
        Genesis.DEFAULT_GAS_LIMIT);
  }

  public static Genesis genesis(long chainId, List<KeyPair> accounts, UInt256 balance, long blockPeriodMs,
      long emptyBlockPeriodMs, long timestampSeconds, long gasLimit) {
    Map<Address, GenesisAccount> alloc = new TreeMap<>();
    for (KeyPair account : accounts) {
      alloc.put(account.address(), GenesisAccount.of(balance));
    }
    return new Genesis(chainId, timestampSeconds, gasLimit, Genesis.DEFAULT_INITIAL_BASE_FEE,
        blockPeriodMs, Math.max(emptyBlockPeriodMs, blockPeriodMs), Bytes.EMPTY,
        List.of(new GenesisValidator(validatorKey().address(), 1)), new TreeMap<>(alloc));
  }

  public static List<KeyPair> accounts(int count) {
    return DevAccounts.accounts(count);
  }
}
