package org.peerchain.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the packaged {@code target/peerchain.jar} as a real process, as {@code ./peerchain} does. */
class DistributionIT {

  private static final Path JAR = Path.of(System.getProperty("peerchain.jar", "target/peerchain.jar"));
  private static final String VERSION = System.getProperty("peerchain.version");
  private static final String GENERATOR_POINT =
      "0479be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798"
          + "483ada7726a3c4655da4fbfc0e1108a8fd17b448a68554199c47d08ffb10d4b8";

  @TempDir Path tmp;

  @Test
  void helpListsTheCommands() throws Exception {
    Result result = java("-jar", JAR.toString(), "--help");

    assertThat(result.exitCode).isZero();
    assertThat(result.out).startsWith("Usage: peerchain").contains("Commands:", "dev", "keys");
    // Empty stderr also means Logback found its configuration and SLF4J its provider.
    assertThat(result.err).isEmpty();
  }

  @Test
  void versionPrintsTheProjectVersion() throws Exception {
    Result result = java("-jar", JAR.toString(), "--version");

    assertThat(result.exitCode).isZero();
    assertThat(VERSION).isNotBlank();
    assertThat(result.out).startsWith("peerchain " + VERSION + System.lineSeparator());
    assertThat(result.err).isEmpty();
  }

  @Test
  void unknownCommandFailsWithExitCode2AndOneLine() throws Exception {
    Result result = java("-jar", JAR.toString(), "zzzq");

    assertThat(result.exitCode).isEqualTo(2);
    assertThat(result.out).isEmpty();
    assertThat(result.err.lines())
        .containsExactly("peerchain: unknown command 'zzzq'", "Try 'peerchain --help' for more information.");
  }

  @Test
  void jarIsRunnableMultiReleaseAndUnsigned() throws IOException {
    try (JarFile jar = new JarFile(JAR.toFile())) {
      Attributes manifest = jar.getManifest().getMainAttributes();
      assertThat(manifest.getValue("Main-Class")).isEqualTo("org.peerchain.node.cli.PeerchainCli");
      assertThat(manifest.getValue("Multi-Release")).isEqualTo("true");
      assertThat(manifest.getValue("Implementation-Version")).isEqualTo(VERSION);

      List<String> names = jar.stream().map(JarEntry::getName).toList();
      assertThat(names).noneMatch(name -> name.matches("META-INF/[^/]+\\.(SF|DSA|RSA|EC)"));
      assertThat(names).anyMatch(name -> name.matches("META-INF/versions/\\d+/.+\\.class"));
      assertThat(names).contains("fr/acinq/secp256k1/jni/native/linux-x86_64/libsecp256k1-jni.so", "logback.xml");
      assertThat(new String(
              jar.getInputStream(jar.getEntry("META-INF/services/org.slf4j.spi.SLF4JServiceProvider")).readAllBytes(),
              StandardCharsets.UTF_8))
          .contains("ch.qos.logback.classic.spi.LogbackServiceProvider");
    }
  }

  @Test
  void jarHoldsTheClassesJustBuilt() throws IOException {
    try (JarFile jar = new JarFile(JAR.toFile())) {
      List<JarEntry> ours = jar.stream().filter(e -> e.getName().startsWith("org/peerchain/")).toList();
      assertThat(ours).extracting(JarEntry::getName).contains("org/peerchain/node/cli/PeerchainCli.class");
      for (JarEntry entry : ours.stream().filter(e -> e.getName().endsWith(".class")).toList()) {
        try (InputStream built = getClass().getClassLoader().getResourceAsStream(entry.getName());
            InputStream packed = jar.getInputStream(entry)) {
          assertThat(built).as(entry.getName()).isNotNull();
          assertThat(packed.readAllBytes()).as(entry.getName()).isEqualTo(built.readAllBytes());
        }
      }
    }
  }

  @Test
  void nativeSecp256k1LoadsFromTheJar() throws Exception {
    String classPath = JAR + File.pathSeparator + Path.of("target", "test-classes");
    Result result = java("-cp", classPath, NativeProbe.class.getName());

    assertThat(result.err).isEmpty();
    assertThat(result.exitCode).isZero();
    assertThat(result.out.strip()).isEqualTo(GENERATOR_POINT);
  }

  private Result java(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Djava.io.tmpdir=" + tmp);
    command.addAll(List.of(args));
    Path out = tmp.resolve("out.txt");
    Path err = tmp.resolve("err.txt");
    ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
    builder.environment().remove("PEERCHAIN_DEBUG");
    Process process = builder.start();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("timed out: " + command);
    }
    return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
  }

  private record Result(int exitCode, String out, String err) {}
}
