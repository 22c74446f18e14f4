package org.peerchain.node.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peerchain.consensus.bft.message.SigningBytes;
import org.peerchain.consensus.bft.message.SigningDomain;
import org.peerchain.consensus.execution.BlockBuilder;
import org.peerchain.consensus.execution.BuiltBlock;
import org.peerchain.core.block.CommitCertificate;
import org.peerchain.core.block.CommitSignature;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.crypto.KeyPair;
import org.peerchain.core.crypto.Secp256k1;
import org.peerchain.core.tx.Transaction;
import org.peerchain.core.tx.TransactionSigner;
import org.peerchain.core.tx.TransactionType;
import org.peerchain.core.tx.UnsignedTransaction;
import org.peerchain.core.types.Hash;
import org.peerchain.core.types.UInt256;
import org.peerchain.node.dev.DevChain;
import org.peerchain.node.events.NodeEvent.HeadAdvanced;
import org.peerchain.node.events.NodeEvents;
import org.peerchain.node.metrics.NodeMetrics;
import org.peerchain.node.testsupport.MemoryChain;

class BlockCommitterTest {
  private final MemoryChain dev = new MemoryChain(0, 1_000);
  private final NodeEvents events = new NodeEvents();
  private final List<HeadAdvanced> heads = new ArrayList<>();
  private final KeyPair validator = DevChain.validatorKey();
  private final BlockCommitter committer = new BlockCommitter(dev.chain, dev.pool, events, new NodeMetrics(System::nanoTime),
      System::nanoTime);

  BlockCommitterTest() {
    events.subscribe(HeadAdvanced.class, heads::add);
  }

  private Transaction transfer(long nonce) {
    return TransactionSigner.sign(UnsignedTransaction.builder(TransactionType.DYNAMIC_FEE).nonce(nonce)
        .maxPriorityFeePerGas(UInt256.valueOf(1_000_000_000L)).maxFeePerGas(UInt256.valueOf(100_000_000_000L))
        .gasLimit(21_000).to(DevChain.accounts(2).get(1).address()).value(UInt256.valueOf(BigInteger.TEN.pow(15)))
        .data(Bytes.EMPTY).build(), MemoryChain.CHAIN_ID, DevChain.accounts(1).get(0).privateKey());
  }

  private CommitCertificate certify(BuiltBlock built) {
    SigningDomain domain = new SigningDomain(MemoryChain.CHAIN_ID, dev.chain.chain().blockHashByNumber(0).orElseThrow());
    Hash signing = SigningBytes.precommit(domain, built.block().number(), 0, built.block().hash());
    return new CommitCertificate(built.block().number(), 0, built.block().hash(),
        List.of(new CommitSignature(validator.address(), Secp256k1.get().sign(signing, validator.privateKey()))));
  }

  @Test
  void aCommittedBlockIsTheHeadWithItsCertificateAndReceiptsAndLeavesThePool() {
    Transaction included = transfer(0);
    Transaction waiting = transfer(1);
    dev.pool.add(included);
    BuiltBlock built = new BlockBuilder(dev.rules).build(dev.chain.head(), validator.address(), 1_700_000_001L,
        List.of(included), dev.chain.state(), Bytes.EMPTY);
    dev.pool.add(waiting);
    CommitCertificate certificate = certify(built);

    committer.commit(built.executed(), certificate, 1_000_000);

    assertThat(dev.chain.head().hash()).isEqualTo(built.block().hash());
    assertThat(dev.chain.chain().certificate(built.block().hash())).contains(certificate);
    assertThat(dev.chain.chain().receipt(included.hash())).isPresent();
    assertThat(dev.chain.state().head().orElseThrow().stateRoot()).isEqualTo(built.block().header().stateRoot());
    assertThat(dev.pool.get(included.hash())).as("included: out of the pool").isEmpty();
    assertThat(dev.pool.get(waiting.hash())).as("the next nonce stays").isPresent();
    assertThat(heads).singleElement().satisfies(h -> assertThat(h.header()).isEqualTo(built.block().header()));
  }
}
