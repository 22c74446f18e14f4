package org.peerchain.rpc.backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.peerchain.consensus.ledger.BaseFeeCalculator;
import org.peerchain.core.block.BlockHeader;
import org.peerchain.core.types.Hash;
import org.peerchain.rpc.fixture.FixtureChain;
import org.peerchain.storage.state.StateUnavailableException;
import org.peerchain.storage.trie.SecureTrie;

class StoreChainAccessTest {
  @Test
  void headFollowsCommitsAndNextBaseFeeWithIt() {
    FixtureChain fixture = FixtureChain.standard();
    StoreChainAccess access = fixture.access();
    BlockHeader before = access.head();
    assertThat(before.number()).isEqualTo(3);
    assertThat(access.nextBaseFee()).isEqualTo(new BaseFeeCalculator().next(before));
    fixture.addBlock(List.of());
    assertThat(access.head().number()).isEqualTo(4);
    assertThat(access.head().parentHash()).isEqualTo(before.hash());
    assertThat(access.nextBaseFee()).isEqualTo(new BaseFeeCalculator().next(access.head()));
  }

  @Test
  void accountsAtHeadAndAtOlderRoots() {
    FixtureChain fixture = FixtureChain.standard();
    StoreChainAccess access = fixture.access();
    var fresh = FixtureChain.dev(3).address();
    Hash genesisRoot = access.header(0).orElseThrow().stateRoot();
    assertThat(access.account(fresh, genesisRoot).balance().isZero()).isTrue();
    assertThat(access.account(fresh).balance()).isEqualTo(FixtureChain.ETHER);
    assertThat(access.account(fresh, access.head().stateRoot())).isEqualTo(access.account(fresh));
    assertThat(SecureTrie.verify(access.head().stateRoot(), fresh.bytes(), access.proof(fresh, access.head().stateRoot())))
        .isPresent();
    assertThatThrownBy(() -> access.account(fresh, Hash.wrap(new byte[32])))
        .isInstanceOf(StateUnavailableException.class);
  }

  @Test
  void blocksReceiptsAndLocations() {
    FixtureChain fixture = FixtureChain.standard();
    StoreChainAccess access = fixture.access();
    Hash two = access.canonicalHash(2).orElseThrow();
    assertThat(access.block(two).orElseThrow().transactions()).hasSize(2);
    assertThat(access.receipts(two).orElseThrow()).hasSize(2);
    assertThat(access.certificate(two).orElseThrow().blockHash()).isEqualTo(two);
    assertThat(access.certificate(access.canonicalHash(0).orElseThrow())).isEmpty();
    var tx = access.block(2).orElseThrow().transactions().get(1);
    assertThat(access.txLocation(tx.hash()).orElseThrow().index()).isEqualTo(1);
    assertThat(access.header(99)).isEmpty();
  }
}
