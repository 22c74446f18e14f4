package org.peerchain.rpc.methods.eth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.peerchain.core.block.Block;
import org.peerchain.core.block.BlockHeader;
import org.peerchain.core.block.CommitCertificate;
import org.peerchain.core.block.Receipt;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.Hash;
import org.peerchain.core.types.UInt256;
import org.peerchain.rpc.api.ChainAccess;
import org.peerchain.rpc.fixture.FixtureChain;
import org.peerchain.rpc.fixture.FixtureTransactions;
import org.peerchain.storage.chain.TxLocation;
import org.peerchain.storage.state.Account;

class FeeOracleTest {
  private final FixtureChain fixture = FixtureChain.standard();
  private final List<Hash> bodiesRead = new ArrayList<>();
  private final FeeOracle oracle = new FeeOracle(new CountingAccess(fixture.access(), bodiesRead));

  @Test
  void aNewHeadReadsOnlyTheNewBlock() {
    UInt256 before = oracle.suggestedTip();
    assertThat(bodiesRead).hasSize(4);
    bodiesRead.clear();

    Block added = fixture.addBlock(List.of(FixtureTransactions.pendingTransfer()));
    UInt256 after = oracle.suggestedTip();

    assertThat(bodiesRead).containsExactly(added.hash());
    assertThat(after).isEqualTo(new FeeOracle(fixture.access()).suggestedTip());
    assertThat(before).isNotNull();
  }

  @Test
  void theSameHeadIsAnsweredWithoutReading() {
    oracle.suggestedTip();
    bodiesRead.clear();

    oracle.gasPrice();

    assertThat(bodiesRead).isEmpty();
  }

  /** The fixture's chain, noting which blocks' bodies are read. */
  private record CountingAccess(ChainAccess chain, List<Hash> bodiesRead) implements ChainAccess {
    @Override
    public BlockHeader head() {
      return chain.head();
    }

    @Override
    public Optional<BlockHeader> header(long number) {
      return chain.header(number);
    }

    @Override
    public Optional<BlockHeader> header(Hash blockHash) {
      return chain.header(blockHash);
    }

    @Override
    public Optional<Block> block(long number) {
      Optional<Block> block = chain.block(number);
      block.ifPresent(b -> bodiesRead.add(b.hash()));
      return block;
    }

    @Override
    public Optional<Block> block(Hash blockHash) {
      bodiesRead.add(blockHash);
      return chain.block(blockHash);
    }

    @Override
    public Optional<Hash> canonicalHash(long number) {
      return chain.canonicalHash(number);
    }

    @Override
    public Optional<List<Receipt>> receipts(Hash blockHash) {
      return chain.receipts(blockHash);
    }

    @Override
    public Optional<TxLocation> txLocation(Hash txHash) {
      return chain.txLocation(txHash);
    }

    @Override
    public Optional<CommitCertificate> certificate(Hash blockHash) {
      return chain.certificate(blockHash);
    }

    @Override
    public Account account(Address address) {
      return chain.account(address);
    }

    @Override
    public Account account(Address address, Hash stateRoot) {
      return chain.account(address, stateRoot);
    }

    @Override
    public List<Bytes> proof(Address address, Hash stateRoot) {
      return chain.proof(address, stateRoot);
    }

    @Override
    public UInt256 nextBaseFee() {
      return chain.nextBaseFee();
    }
  }
}
