package org.peerchain.node.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.peerchain.node.dev.DevChain;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.RawTransaction;
import org.web3j.crypto.TransactionEncoder;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.core.methods.response.EthSendTransaction;
import org.web3j.protocol.core.methods.response.TransactionReceipt;
import org.web3j.protocol.http.HttpService;
import org.web3j.utils.Numeric;

/**
 * The explorer in a real browser: Debian's headless chromium, driven through its own chromedriver
 * (given by path, so nothing is downloaded), against a dev node in this JVM. Each page it visits
 * is saved as a screenshot under target/explorer-screenshots/.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExplorerBrowserTest {
  private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Paths.get("/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Paths.get("target", "explorer-screenshots");
  private static final BigInteger GWEI = BigInteger.TEN.pow(9);
  private static final Duration WAIT = Duration.ofSeconds(20);

  private PeerchainNode node;
  private Web3j web3;
  private ChromeDriverService driverService;
  private WebDriver browser;
  private String base;

  private final Credentials alice = credentials(0);
  private final Credentials bob = credentials(1);

  private static Credentials credentials(int index) {
    return Credentials.create(DevChain.accounts(index + 1).get(index).privateKey().bytes().toHexString());
  }

  @BeforeAll
  void start(@TempDir Path dataDir) throws IOException {
    assumeTrue(Files.isExecutable(CHROMIUM), "chromium is not installed at " + CHROMIUM
        + ", so the explorer's browser tests are skipped (apt-get install chromium chromium-driver; .ci/run does)");
    // With the browser there, a missing driver is a broken install, not a reason to skip.
    assertThat(CHROMEDRIVER).as("chromium is installed but not its driver: apt-get install chromium-driver")
        .isExecutable();
    node = PeerchainNode.start(DevNodes.config(dataDir, DevNodes.genesis()));
    base = "http://127.0.0.1:" + node.rpcPort();
    web3 = Web3j.build(new HttpService(base));
    driverService = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort().withLogFile(new File("target/explorer-chromedriver.log")).build();
    ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
        .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
            "--window-size=1280,1400", "--no-first-run", "--disable-extensions");
    browser = new ChromeDriver(driverService, options);
    browser.manage().timeouts().pageLoadTimeout(WAIT).scriptTimeout(WAIT);
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterAll
  void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (driverService != null) {
      driverService.stop();
    }
    if (web3 != null) {
      web3.shutdown();
    }
    if (node != null) {
      node.close();
    }
  }

  @Test
  void homeShowsTheHeadAndItGrowsAfterATransferWithoutReload() throws Exception {
    open("/explorer/");
    long before = Long.parseLong(text("head-number"));
    // The page subscribed to new heads once the indicator says so; a marker shows it is not reloaded.
    waitUntil(d -> "live".equals(d.findElement(By.id("live-status")).getText()));
    ((JavascriptExecutor) browser).executeScript("window.explorerTestMarker = 'same page';");

    transfer(bob.getAddress(), GWEI);

    waitUntil(d -> Long.parseLong(d.findElement(By.id("head-number")).getText()) > before);
    assertThat(((JavascriptExecutor) browser).executeScript("return window.explorerTestMarker;")).isEqualTo("same page");
    // The swapped-in sections follow: the latest blocks table names the new head.
    waitUntil(d -> d.findElement(By.id("recent")).getText().contains(String.valueOf(before + 1)));
    // The transfer went through this node's pool, so its time to finality is measured.
    waitUntil(d -> d.findElement(By.id("head")).getText().contains("90% within"));
    assertThat(browser.findElement(By.id("validators")).getText())
        .contains(DevChain.validatorKey().address().toChecksumString());
    screenshot("home");
  }

  @Test
  void aTransfersPageShowsItsValueAndSender() throws Exception {
    TransactionReceipt receipt = transfer(bob.getAddress(), new BigInteger("1500000000000000000"));
    open("/explorer/tx/" + receipt.getTransactionHash());
    assertThat(text("tx-value")).isEqualTo("1.5 ETH");
    assertThat(text("tx-from")).isEqualToIgnoringCase(alice.getAddress());
    assertThat(text("tx-to")).isEqualToIgnoringCase(bob.getAddress());
    assertThat(text("tx-status")).isEqualTo("success");
    assertThat(browser.findElement(By.id("tx")).getText()).contains("final");
    screenshot("transaction");

    browser.findElement(By.className("block-link")).click();
    waitUntil(d -> d.getTitle().startsWith("Block " + receipt.getBlockNumber()));
    assertThat(browser.findElement(By.id("transactions")).getText())
        .contains(receipt.getTransactionHash().substring(0, 8));
    screenshot("block");
  }

  @Test
  void anAddressPageListsItsTransfers() throws Exception {
    Credentials carol = credentials(2);
    TransactionReceipt first = transfer(carol.getAddress(), new BigInteger("2000000000000000000"));
    TransactionReceipt second = transfer(carol.getAddress(), new BigInteger("250000000000000000"));
    open("/explorer/address/" + carol.getAddress());
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Address");
    assertThat(text("address-balance")).isEqualTo("10002.25 ETH");
    String history = text("history");
    assertThat(history).contains(first.getTransactionHash().substring(0, 8))
        .contains(second.getTransactionHash().substring(0, 8))
        .contains("2 ETH").contains("0.25 ETH").contains("in");
    // Newest first.
    assertThat(history.indexOf(second.getTransactionHash().substring(0, 8)))
        .isLessThan(history.indexOf(first.getTransactionHash().substring(0, 8)));
    screenshot("address");
  }

  @Test
  void searchFindsABlockATransactionAndAnAddress() throws Exception {
    TransactionReceipt receipt = transfer(bob.getAddress(), BigInteger.valueOf(42));
    open("/explorer/");

    search(receipt.getBlockNumber().toString());
    waitUntil(d -> d.getTitle().startsWith("Block " + receipt.getBlockNumber()));
    assertThat(browser.getCurrentUrl()).endsWith("/explorer/block/" + receipt.getBlockNumber());

    search(receipt.getTransactionHash());
    waitUntil(d -> d.getCurrentUrl().endsWith("/explorer/tx/" + receipt.getTransactionHash()));
    assertThat(text("tx-value")).isEqualTo("0.000000000000000042 ETH");

    search(bob.getAddress());
    waitUntil(d -> d.getCurrentUrl().contains("/explorer/address/"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Address");
  }

  @Test
  void aMalformedSearchShowsTheErrorPage() throws Exception {
    open("/explorer/");
    search("0xnothex<b>");
    waitUntil(d -> !d.findElements(By.id("error")).isEmpty());
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Bad request");
    assertThat(browser.findElement(By.id("error")).getText()).contains("\"0xnothex<b>\" is not a block number");
    // Echoed as text, never as markup.
    assertThat(browser.findElements(By.cssSelector("#error b"))).isEmpty();
    assertThat(browser.findElement(By.id("search-input")).getAttribute("value")).isEqualTo("0xnothex<b>");
    screenshot("error");
  }

  private void open(String path) {
    browser.get(base + path);
  }

  private String text(String id) {
    return browser.findElement(By.id(id)).getText();
  }

  private void search(String input) {
    WebElement box = browser.findElement(By.id("search-input"));
    box.clear();
    box.sendKeys(input);
    browser.findElement(By.id("search-button")).click();
  }

  /** Polls the page until {@code condition} holds, at most {@link #WAIT}; elements may be swapped meanwhile. */
  private void waitUntil(Predicate<WebDriver> condition) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    RuntimeException last = null;
    while (System.nanoTime() < deadline) {
      try {
        if (condition.test(browser)) {
          return;
        }
      } catch (NoSuchElementException | StaleElementReferenceException | NumberFormatException e) {
        last = e;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("the page did not reach the expected state within " + WAIT + " at "
        + browser.getCurrentUrl(), last);
  }

  private void screenshot(String name) throws IOException {
    byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
    Files.write(SCREENSHOTS.resolve(name + ".png"), png);
  }

  /** Alice sends {@code wei} to {@code to}; returns once the block with it is committed. */
  private TransactionReceipt transfer(String to, BigInteger wei) throws Exception {
    BigInteger nonce = web3.ethGetTransactionCount(alice.getAddress(), DefaultBlockParameterName.PENDING).send()
        .getTransactionCount();
    byte[] signed = TransactionEncoder.signMessage(RawTransaction.createEtherTransaction(DevNodes.CHAIN_ID, nonce,
        BigInteger.valueOf(21_000), to, wei, GWEI, GWEI.multiply(BigInteger.TEN)), DevNodes.CHAIN_ID, alice);
    EthSendTransaction sent = web3.ethSendRawTransaction(Numeric.toHexString(signed)).send();
    assertThat(sent.hasError()).as(() -> "send failed: " + sent.getError().getMessage()).isFalse();
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (System.nanoTime() < deadline) {
      Optional<TransactionReceipt> receipt = web3.ethGetTransactionReceipt(sent.getTransactionHash()).send()
          .getTransactionReceipt();
      if (receipt.isPresent()) {
        return receipt.get();
      }
      Thread.sleep(10);
    }
    throw new AssertionError("no receipt for " + sent.getTransactionHash() + " within " + WAIT);
  }
}
