package org.peerchain.rpc.methods.eth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.peerchain.core.tx.Transaction;
import org.peerchain.core.tx.TransactionEncoder;
import org.peerchain.core.tx.TransactionSigner;
import org.peerchain.core.tx.TransactionType;
import org.peerchain.core.tx.UnsignedTransaction;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.Hash;
import org.peerchain.core.types.UInt256;
import org.peerchain.rpc.api.ChainEvents;
import org.peerchain.rpc.api.NewHead;
import org.peerchain.rpc.api.PoolContent;
import org.peerchain.rpc.api.PoolStatus;
import org.peerchain.rpc.api.SubmitResult;
import org.peerchain.rpc.api.TxSubmitter;
import org.peerchain.rpc.backend.ChainEventHub;
import org.peerchain.rpc.fixture.FakeNode;
import org.peerchain.rpc.fixture.FixtureChain;
import org.peerchain.rpc.fixture.FixtureTransactions;
import org.peerchain.rpc.json.Json;
import org.peerchain.rpc.methods.CallContext;
import org.peerchain.rpc.methods.RpcException;
import org.peerchain.rpc.methods.RpcParams;
import org.peerchain.rpc.methods.TxSyncSettings;

class EthSendRawTransactionSyncTest {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final Duration LONG_WAIT = Duration.ofSeconds(30);

  private final FixtureChain fixture = FixtureChain.standard();
  private final FakeNode node = new FakeNode(fixture.access());
  private final SignallingPool pool = new SignallingPool(node);
  private final CountingEvents events = new CountingEvents();

  private EthSendRawTransactionSync method(int maxWaiting) {
    return new EthSendRawTransactionSync(pool, fixture.access(), events,
        new TxSyncSettings(LONG_WAIT, LONG_WAIT, maxWaiting));
  }

  private static RpcParams params(Transaction tx, JsonNode... more) {
    var array = JSON.arrayNode().add(TransactionEncoder.encode(tx).toHexString());
    for (JsonNode m : more) {
      array.add(m);
    }
    return new RpcParams(array);
  }

  private static Transaction transfer(int fromDev, long nonce) {
    return TransactionSigner.sign(UnsignedTransaction.builder(TransactionType.DYNAMIC_FEE).nonce(nonce)
        .maxPriorityFeePerGas(FixtureChain.GWEI).maxFeePerGas(FixtureChain.GWEI.multiply(5)).gasLimit(21_000)
        .to(FixtureChain.dev(6).address()).value(UInt256.valueOf(1000)).build(), FixtureChain.CHAIN_ID,
        FixtureChain.dev(fromDev).privateKey());
  }

  private long nextNonce(int dev) {
    return fixture.access().account(FixtureChain.dev(dev).address()).nonce();
  }

  @Test
  void answersTheReceiptOnceTheTransactionIsInANewBlock() throws Exception {
    Transaction tx = transfer(2, nextNonce(2));
    CompletableFuture<JsonNode> call = CompletableFuture.supplyAsync(
        () -> method(1).execute(params(tx), CallContext.HTTP));
    pool.submitted.get(10, TimeUnit.SECONDS);

    var block = fixture.addBlock(List.of(tx));
    events.hub.publishHead(NewHead.of(block.header()));

    JsonNode receipt = call.get(10, TimeUnit.SECONDS);
    assertThat(receipt.get("transactionHash").textValue()).isEqualTo(tx.hash().toHexString());
    assertThat(receipt.get("status").textValue()).isEqualTo("0x1");
    assertThat(receipt).isEqualTo(EthGetTransactionReceipt.find(fixture.access(), tx.hash()).orElseThrow());
    assertThat(events.active).hasValue(0);
  }

  @Test
  void answersAtOnceWhenTheReceiptIsAlreadyThere() {
    Transaction mined = FixtureTransactions.block1Legacy();

    JsonNode receipt = method(1).execute(params(mined), CallContext.HTTP);

    assertThat(receipt.get("blockNumber").textValue()).isEqualTo("0x1");
    assertThat(receipt.get("transactionHash").textValue()).isEqualTo(mined.hash().toHexString());
    assertThat(events.active).hasValue(0);
  }

  @Test
  void timesOutWithCode4AndTheHashAsDataLeavingTheTransactionPooled() {
    Transaction tx = transfer(2, nextNonce(2));

    assertThatThrownBy(() -> method(1).execute(params(tx, JSON.numberNode(20)), CallContext.HTTP))
        .isInstanceOfSatisfying(RpcException.class, e -> {
          assertThat(e.code()).isEqualTo(EthSendRawTransactionSync.TIMEOUT);
          assertThat(e.getMessage()).contains("within 20 ms");
          assertThat(e.data()).isEqualTo(Json.hash(tx.hash()));
        });
    assertThat(node.pending()).containsKey(tx.hash());
    assertThat(events.active).hasValue(0);
  }

  @Test
  void takesTheTimeoutAsAHexQuantityToo() {
    Transaction tx = transfer(2, nextNonce(2));

    assertThatThrownBy(() -> method(1).execute(params(tx, JSON.textNode("0x14")), CallContext.HTTP))
        .isInstanceOfSatisfying(RpcException.class, e -> assertThat(e.getMessage()).contains("within 20 ms"));
  }

  @Test
  void refusesAMalformedTimeoutNamingItBeforeSubmitting() {
    Transaction tx = transfer(2, nextNonce(2));

    for (JsonNode bad : List.of(JSON.textNode("soon"), JSON.numberNode(-1), JSON.numberNode(1.5), JSON.booleanNode(true))) {
      assertThatThrownBy(() -> method(1).execute(params(tx, bad), CallContext.HTTP))
          .isInstanceOfSatisfying(RpcException.class, e -> {
            assertThat(e.code()).isEqualTo(RpcException.INVALID_PARAMS);
            assertThat(e.getMessage()).startsWith("invalid argument 1 (timeout)");
          });
    }
    assertThat(node.pending()).isEmpty();
    assertThat(events.active).hasValue(0);
  }

  @Test
  void refusesAMissingTransactionAndExtraArguments() {
    assertThatThrownBy(() -> method(1).execute(RpcParams.EMPTY, CallContext.HTTP))
        .isInstanceOfSatisfying(RpcException.class, e -> {
          assertThat(e.code()).isEqualTo(RpcException.INVALID_PARAMS);
          assertThat(e.getMessage()).contains("(transaction)");
        });
    Transaction tx = transfer(2, nextNonce(2));
    assertThatThrownBy(() -> method(1).execute(params(tx, JSON.numberNode(1), JSON.numberNode(1)), CallContext.HTTP))
        .isInstanceOfSatisfying(RpcException.class, e -> assertThat(e.code()).isEqualTo(RpcException.INVALID_PARAMS));
  }

  @Test
  void passesThePoolsRejectionThroughAndFreesItsSlot() {
    EthSendRawTransactionSync method = method(1);
    node.rejectWith("nonce too low: address x, tx: 0 state: 1");

    assertThatThrownBy(() -> method.execute(params(transfer(2, 0)), CallContext.HTTP))
        .isInstanceOfSatisfying(RpcException.class, e -> {
          assertThat(e.code()).isEqualTo(RpcException.SERVER_ERROR);
          assertThat(e.getMessage()).isEqualTo("nonce too low: address x, tx: 0 state: 1");
        });
    assertThat(events.active).hasValue(0);

    node.rejectWith(null);
    // The one slot is free again: this call waits (and times out) instead of being refused as busy.
    assertThatThrownBy(() -> method.execute(params(transfer(2, nextNonce(2)), JSON.numberNode(1)), CallContext.HTTP))
        .isInstanceOfSatisfying(RpcException.class, e -> assertThat(e.code()).isEqualTo(EthSendRawTransactionSync.TIMEOUT));
  }

  @Test
  void answersCode5AtOnceForATransactionBehindANonceGap() {
    Transaction gapped = transfer(2, nextNonce(2) + 3);

    assertThatThrownBy(() -> method(1).execute(params(gapped), CallContext.HTTP))
        .isInstanceOfSatisfying(RpcException.class, e -> {
          assertThat(e.code()).isEqualTo(EthSendRawTransactionSync.UNREADY);
          assertThat(e.getMessage()).contains("leaves a gap");
          assertThat(e.data()).isEqualTo(Json.hash(gapped.hash()));
        });
    assertThat(events.active).hasValue(0);
  }

  @Test
  void refusesACallBeyondTheWaitingLimitWithoutSubmittingIt() throws Exception {
    EthSendRawTransactionSync method = method(1);
    Transaction first = transfer(2, nextNonce(2));
    CompletableFuture<JsonNode> waiting = CompletableFuture.supplyAsync(
        () -> method.execute(params(first), CallContext.HTTP));
    pool.submitted.get(10, TimeUnit.SECONDS);

    Transaction second = transfer(3, nextNonce(3));
    assertThatThrownBy(() -> method.execute(params(second), CallContext.HTTP))
        .isInstanceOfSatisfying(RpcException.class, e -> {
          assertThat(e.code()).isEqualTo(RpcException.LIMIT_EXCEEDED);
          assertThat(e.getMessage()).contains("limit 1").contains("nothing was submitted");
        });
    assertThat(node.pending()).containsOnlyKeys(first.hash());

    var block = fixture.addBlock(List.of(first));
    events.hub.publishHead(NewHead.of(block.header()));
    assertThat(waiting.get(10, TimeUnit.SECONDS).get("status").textValue()).isEqualTo("0x1");
  }

  @Test
  void clampsTheCallersTimeoutToTheMaximumAndTakesZeroAsTheDefault() {
    TxSyncSettings settings = new TxSyncSettings(Duration.ofSeconds(2), Duration.ofSeconds(30), 4);

    assertThat(settings.effectiveTimeout(null)).isEqualTo(Duration.ofSeconds(2));
    assertThat(settings.effectiveTimeout(0L)).isEqualTo(Duration.ofSeconds(2));
    assertThat(settings.effectiveTimeout(5_000L)).isEqualTo(Duration.ofSeconds(5));
    assertThat(settings.effectiveTimeout(3_600_000L)).isEqualTo(Duration.ofSeconds(30));
    assertThat(settings.effectiveTimeout(Long.MAX_VALUE)).isEqualTo(Duration.ofSeconds(30));
  }

  /** The fake pool, telling the test when the method's submission has happened. */
  private static final class SignallingPool implements TxSubmitter {
    final CompletableFuture<Hash> submitted = new CompletableFuture<>();
    private final FakeNode node;

    SignallingPool(FakeNode node) {
      this.node = node;
    }

    @Override
    public SubmitResult submit(Transaction tx) {
      SubmitResult result = node.submit(tx);
      if (result instanceof SubmitResult.Accepted accepted) {
        submitted.complete(accepted.hash());
      }
      return result;
    }

    @Override
    public long pendingNonce(Address sender) {
      return node.pendingNonce(sender);
    }

    @Override
    public PoolStatus status() {
      return node.status();
    }

    @Override
    public PoolContent content() {
      return node.content();
    }

    @Override
    public Optional<Transaction> pendingTransaction(Hash hash) {
      return node.pendingTransaction(hash);
    }
  }

  /** A hub that counts live head listeners, so a test sees every wait let go of its own. */
  private static final class CountingEvents implements ChainEvents {
    final ChainEventHub hub = new ChainEventHub();
    final AtomicInteger active = new AtomicInteger();

    @Override
    public Registration onNewHead(Consumer<NewHead> listener) {
      Registration r = hub.onNewHead(listener);
      active.incrementAndGet();
      AtomicInteger once = new AtomicInteger();
      return () -> {
        if (once.getAndIncrement() == 0) {
          active.decrementAndGet();
          r.close();
        }
      };
    }

    @Override
    public Registration onNewPendingTransaction(Consumer<Hash> listener) {
      return hub.onNewPendingTransaction(listener);
    }
  }
}
