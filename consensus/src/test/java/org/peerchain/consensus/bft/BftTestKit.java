package org.peerchain.consensus.bft;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.peerchain.consensus.bft.message.Proposal;
import org.peerchain.consensus.bft.message.SigningBytes;
import org.peerchain.consensus.bft.message.SigningDomain;
import org.peerchain.consensus.bft.message.Vote;
import org.peerchain.consensus.bft.message.VoteType;
import org.peerchain.core.block.Block;
import org.peerchain.core.block.BlockBody;
import org.peerchain.core.block.BlockHeader;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.crypto.KeyPair;
import org.peerchain.core.crypto.PrivateKey;
import org.peerchain.core.crypto.Secp256k1;
import org.peerchain.core.genesis.GenesisValidator;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.Hash;
import org.peerchain.core.types.UInt256;

/** Keys, a validator set and signed messages for hand-written consensus tests. */
public final class BftTestKit {
  public static final long CHAIN_ID = 1337;
  public static final Hash GENESIS = Hash.fromHexString("0x" + "6e".repeat(Hash.SIZE));
  public static final SigningDomain DOMAIN = new SigningDomain(CHAIN_ID, GENESIS);
  private static final Secp256k1 SECP = Secp256k1.get();

  public final List<KeyPair> keys = new ArrayList<>();
  public final ValidatorSet validators;

  /** {@code n} validators of power 1. */
  public BftTestKit(int n) {
    this(equalPowers(n));
  }

  public BftTestKit(long[] powers) {
    List<GenesisValidator> vs = new ArrayList<>();
    for (int i = 0; i < powers.length; i++) {
      KeyPair k = key(i);
      keys.add(k);
      vs.add(new GenesisValidator(k.address(), powers[i]));
    }
    validators = ValidatorSet.of(vs);
  }

  public static KeyPair key(int index) {
    return SECP.keyPair(PrivateKey.fromBigInteger(BigInteger.valueOf(0x5eed_0000L + index)));
  }

  public static KeyPair outsider() {
    return SECP.keyPair(PrivateKey.fromBigInteger(BigInteger.valueOf(0xbad_0000L)));
  }

  public KeyPair keyOf(Address a) {
    return keys.stream().filter(k -> k.address().equals(a)).findFirst().orElseThrow();
  }

  public KeyPair proposer(long height, int round) {
    return keyOf(validators.proposer(height, round));
  }

  /** The validators other than {@code a}, in key order. */
  public List<KeyPair> others(Address... excluded) {
    List<KeyPair> out = new ArrayList<>();
    for (KeyPair k : keys) {
      if (!List.of(excluded).contains(k.address())) {
        out.add(k);
      }
    }
    return out;
  }

  public static Block block(long number, Address coinbase, String tag) {
    BlockHeader header = BlockHeader.builder().number(number).coinbase(coinbase).timestamp(number)
        .gasLimit(30_000_000).baseFeePerGas(UInt256.valueOf(1_000_000_000L))
        .extraData(Bytes.wrap(tag.getBytes(StandardCharsets.US_ASCII))).build();
    return new Block(header, BlockBody.EMPTY);
  }

  /** A fresh block of the proposer of (height, round). */
  public Block blockOf(long height, int round, String tag) {
    return block(height, validators.proposer(height, round), tag);
  }

  public Proposal proposal(long height, int round, Block b, int validRound) {
    return proposalBy(proposer(height, round), height, round, b, validRound);
  }

  public static Proposal proposalBy(KeyPair k, long height, int round, Block b, int validRound) {
    return proposalBy(DOMAIN, k, height, round, b, validRound);
  }

  /** A proposal signed for another chain's domain: what a replay from a sibling testnet looks like. */
  public static Proposal proposalBy(SigningDomain domain, KeyPair k, long height, int round, Block b, int validRound) {
    Hash h = SigningBytes.proposal(domain, height, round, b.hash(), validRound);
    return new Proposal(height, round, b, validRound, k.address(), SECP.sign(h, k.privateKey()));
  }

  public static Vote vote(KeyPair k, VoteType type, long height, int round, Optional<Hash> value) {
    return vote(DOMAIN, k, type, height, round, value);
  }

  public static Vote vote(SigningDomain domain, KeyPair k, VoteType type, long height, int round, Optional<Hash> value) {
    Hash h = SigningBytes.vote(domain, type, height, round, value);
    return new Vote(type, height, round, value, k.address(), SECP.sign(h, k.privateKey()));
  }

  public static Vote prevote(KeyPair k, long height, int round, Block b) {
    return vote(k, VoteType.PREVOTE, height, round, Optional.of(b.hash()));
  }

  public static Vote precommit(KeyPair k, long height, int round, Block b) {
    return vote(k, VoteType.PRECOMMIT, height, round, Optional.of(b.hash()));
  }

  private static long[] equalPowers(int n) {
    long[] p = new long[n];
    java.util.Arrays.fill(p, 1);
    return p;
  }
}
