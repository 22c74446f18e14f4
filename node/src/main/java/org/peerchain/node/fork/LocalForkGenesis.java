package org.peerchain.node.fork;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.TreeMap;
import org.peerchain.core.block.Block;
import org.peerchain.core.block.BlockBody;
import org.peerchain.core.block.BlockHeader;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.genesis.Genesis;
import org.peerchain.core.genesis.GenesisValidator;
import org.peerchain.core.types.Address;

/**
 * Block 0 of the local chain that continues a fork, and the genesis record the node runs it with.
 *
 * <p>Why a new block 0 instead of continuing the forked chain's numbers: the local chain is sealed
 * by the dev validator, whose blocks the forked chain's validators never certified, so they must not
 * pass for that chain's blocks; the chain store also starts every chain at a block 0. Block 0 takes
 * the forked block's state root (its state is the forked state), timestamp, gas limit and base fee,
 * and names the forked block as its parent, so a reader can tell what it continues. Its own hash
 * differs from every block of the forked chain, which puts local consensus signatures in a domain of
 * their own: a dev validator's vote can never count on the real chain.
 *
 * <p>Why the forked chain's chain id by default: the point of a fork is to run the transactions a
 * wallet would sign for that chain; the dev node has no peers, so they are never relayed anywhere.
 */
final class LocalForkGenesis {
  static final Bytes EXTRA_DATA = Bytes.wrap("peerchain fork".getBytes(StandardCharsets.US_ASCII));

  private LocalForkGenesis() {}

  static Genesis genesis(BlockHeader forked, long chainId, long blockPeriodMs, long emptyBlockPeriodMs, Address validator) {
    // No allocation: every balance is the forked chain's, read through proofs.
    return new Genesis(chainId, forked.timestamp(), forked.gasLimit(), forked.baseFeePerGas(), blockPeriodMs,
        Math.max(emptyBlockPeriodMs, blockPeriodMs), EXTRA_DATA, List.of(new GenesisValidator(validator, 1)),
        new TreeMap<>());
  }

  static Block block(BlockHeader forked) {
    BlockHeader header = BlockHeader.builder()
        .parentHash(forked.hash())
        .coinbase(Address.ZERO)
        .stateRoot(forked.stateRoot())
        .number(0)
        .gasLimit(forked.gasLimit())
        .gasUsed(0)
        .timestamp(forked.timestamp())
        .extraData(EXTRA_DATA)
        .baseFeePerGas(forked.baseFeePerGas())
        .build();
    return new Block(header, BlockBody.EMPTY);
  }
}
