package org.peerchain.node.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.peerchain.node.cli.PeerchainCli;
import org.peerchain.node.config.ConfigDefaults;
import org.peerchain.p2p.identity.PeerAddress;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The files in deploy/ against this build of the node, since no container engine runs here: every
 * manifest parses, every flag a container passes is an option of {@code peerchain node} (its
 * picocli spec, what {@code --help} prints), and ports, probes, volumes and paths agree with each
 * other and with the node's defaults.
 */
class DeployFilesTest {
  static final Path DEPLOY = Path.of("..", "deploy");
  static final CommandLine CLI = new CommandLine(new PeerchainCli());
  static final CommandSpec NODE = CLI.getSubcommands().get("node").getCommandSpec();
  /** Read by the image's launcher (deploy/docker/peerchain), not by the node. */
  static final Set<String> LAUNCHER_ENV = Set.of("PEERCHAIN_HEAP", "PEERCHAIN_JAVA_OPTS");
  static final int IMAGE_UID = 10001;

  /** One {@code peerchain node} invocation: option name to value ("true" for a flag without one). */
  record NodeArgs(String where, Map<String, String> values) {
    String get(String option) {
      assertThat(values).as(where + " passes " + option).containsKey(option);
      return values.get(option);
    }

    int port(String option) {
      return Integer.parseInt(get(option));
    }
  }

  @Test
  void everyManifestParses() throws IOException {
    List<Path> files = yamlFiles();
    assertThat(files).extracting(p -> DEPLOY.relativize(p).toString().replace('\\', '/'))
        .contains("compose/compose.yaml", "kubernetes/validators.yaml", "kubernetes/full-nodes.yaml",
            "kubernetes/services.yaml", "kubernetes/kustomization.yaml");
    for (Path file : files) {
      List<Object> docs = load(file);
      assertThat(docs).as(file.toString()).isNotEmpty().doesNotContainNull();
    }
  }

  @Test
  void composeRunsFourValidatorsAndAFullNodeWithOptionsTheNodeHas() throws IOException {
    Map<String, Object> compose = map(load(DEPLOY.resolve("compose/compose.yaml")).get(0));
    Map<String, Object> services = map(compose.get("services"));
    Map<String, NodeArgs> nodes = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : services.entrySet()) {
      Map<String, Object> service = map(e.getValue());
      List<String> command = strings(service.get("command"));
      if (command.isEmpty() || !command.get(0).equals("node")) {
        continue;
      }
      String where = "compose service " + e.getKey();
      NodeArgs args = nodeArgs(command, where);
      nodes.put(e.getKey(), args);
      checkEnvironment(where, map(service.getOrDefault("environment", Map.of())).keySet());
      Map<String, String> mounts = new HashMap<>();
      for (String volume : strings(service.get("volumes"))) {
        String[] parts = volume.split(":");
        mounts.put(parts[1], parts[0]);
      }
      assertThat(mounts).as(where + " mounts its --data-dir").containsKey(args.get("--data-dir"));
      assertUnderMount(where, args.get("--genesis"), mounts.keySet());
      if (args.values().containsKey("--validator-key")) {
        assertUnderMount(where, args.get("--validator-key"), mounts.keySet());
      }
      Set<Integer> published = new TreeSet<>();
      for (String port : strings(service.get("ports"))) {
        published.add(Integer.parseInt(port.substring(port.lastIndexOf(':') + 1)));
      }
      assertThat(published).as(where + " publishes its RPC and metrics ports")
          .contains(args.port("--rpc-port"), args.port("--metrics-port"));
      // The image's health check asks the default RPC port unless PEERCHAIN_RPC_PORT moves it.
      assertThat(args.port("--rpc-port")).as(where).isEqualTo(defaultPort("--rpc-port"));
      assertThat(args.port("--p2p-port")).as(where).isEqualTo(defaultPort("--p2p-port"));
    }
    assertThat(nodes.values().stream().filter(a -> a.values().containsKey("--validator-key")).count()).isEqualTo(4);
    assertThat(nodes.values().stream().filter(a -> !a.values().containsKey("--validator-key")).count()).isEqualTo(1);
    assertThat(nodes.values().stream().map(a -> a.values().get("--validator-key")).filter(k -> k != null).distinct())
        .hasSize(4);
    for (Map.Entry<String, NodeArgs> e : nodes.entrySet()) {
      for (PeerAddress boot : bootnodes(e.getValue())) {
        assertThat(nodes).as("bootnode " + boot + " of " + e.getKey() + " is a node service").containsKey(boot.host());
        assertThat(boot.port()).isEqualTo(nodes.get(boot.host()).port("--p2p-port"));
      }
    }
    Map<String, Object> init = map(services.get("init"));
    assertThat(strings(init.get("entrypoint"))).containsExactly("peerchain-init-network");
  }

  @Test
  void kubernetesStatefulSetsAgreeWithTheirServicesProbesAndGenerators() throws IOException {
    Map<String, Map<String, Object>> statefulSets = new LinkedHashMap<>();
    Map<String, Map<String, Object>> services = new LinkedHashMap<>();
    for (Path file : yamlFiles(DEPLOY.resolve("kubernetes"))) {
      for (Object doc : load(file)) {
        Map<String, Object> m = map(doc);
        String name = String.valueOf(map(m.getOrDefault("metadata", Map.of())).get("name"));
        if ("StatefulSet".equals(m.get("kind"))) {
          statefulSets.put(name, m);
        } else if ("Service".equals(m.get("kind"))) {
          services.put(name, m);
        }
      }
    }
    assertThat(statefulSets).containsOnlyKeys("validator", "full");
    Map<String, Object> kustomization = map(load(DEPLOY.resolve("kubernetes/kustomization.yaml")).get(0));
    Map<String, List<String>> generated = new HashMap<>();
    for (String kind : List.of("configMapGenerator", "secretGenerator")) {
      for (Object g : (List<?>) kustomization.get(kind)) {
        Map<String, Object> generator = map(g);
        generated.put((String) generator.get("name"), strings(generator.get("files")));
      }
    }
    assertThat(strings(kustomization.get("resources"))).allSatisfy(r ->
        assertThat(DEPLOY.resolve("kubernetes").resolve(r)).exists());

    Map<String, Integer> replicas = new HashMap<>();
    statefulSets.forEach((name, sts) -> replicas.put(name, (Integer) map(sts.get("spec")).get("replicas")));
    assertThat(replicas).containsEntry("validator", 4).containsEntry("full", 1);

    for (Map.Entry<String, Map<String, Object>> e : statefulSets.entrySet()) {
      String where = "StatefulSet " + e.getKey();
      Map<String, Object> spec = map(e.getValue().get("spec"));
      assertThat(spec.get("podManagementPolicy")).as(where).isEqualTo("Parallel");
      Map<String, Object> headless = services.get((String) spec.get("serviceName"));
      assertThat(headless).as(where + " serviceName names a Service").isNotNull();
      Map<String, Object> headlessSpec = map(headless.get("spec"));
      assertThat(headlessSpec.get("clusterIP")).as("the P2P Service is headless").isEqualTo("None");
      assertThat(headlessSpec.get("publishNotReadyAddresses")).isEqualTo(true);

      Map<String, Object> pod = map(map(spec.get("template")).get("spec"));
      assertThat(map(pod.get("securityContext")).get("runAsUser")).isEqualTo(IMAGE_UID);
      List<?> containers = (List<?>) pod.get("containers");
      assertThat(containers).hasSize(1);
      Map<String, Object> container = map(containers.get(0));
      NodeArgs args = nodeArgs(strings(container.get("args")), where);
      List<String> env = new ArrayList<>();
      for (Object v : (List<?>) container.getOrDefault("env", List.of())) {
        env.add((String) map(v).get("name"));
      }
      checkEnvironment(where, env.stream().filter(n -> n.startsWith(ConfigDefaults.ENV_PREFIX)).toList());

      Map<String, Integer> ports = new HashMap<>();
      for (Object p : (List<?>) container.get("ports")) {
        ports.put((String) map(p).get("name"), (Integer) map(p).get("containerPort"));
      }
      assertThat(ports).containsEntry("rpc", args.port("--rpc-port")).containsEntry("p2p", args.port("--p2p-port"))
          .containsEntry("metrics", args.port("--metrics-port"));
      assertThat(args.port("--rpc-port")).isEqualTo(defaultPort("--rpc-port"));
      assertThat(args.port("--p2p-port")).isEqualTo(defaultPort("--p2p-port"));
      for (Object p : (List<?>) headlessSpec.get("ports")) {
        assertThat(ports).as("target port of the P2P Service").containsKey((String) map(p).get("targetPort"));
      }
      Map<String, Object> readiness = map(map(container.get("readinessProbe")).get("httpGet"));
      assertThat(readiness).containsEntry("path", "/readiness").containsEntry("port", "rpc");
      Map<String, Object> liveness = map(map(container.get("livenessProbe")).get("httpGet"));
      assertThat(liveness).containsEntry("path", "/liveness").containsEntry("port", "rpc");

      Map<String, String> mounts = new HashMap<>();
      for (Object m : (List<?>) container.get("volumeMounts")) {
        mounts.put((String) map(m).get("mountPath"), (String) map(m).get("name"));
      }
      Map<String, Map<String, Object>> volumes = new HashMap<>();
      for (Object v : (List<?>) pod.get("volumes")) {
        volumes.put((String) map(v).get("name"), map(v));
      }
      String dataVolume = mounts.get(args.get("--data-dir"));
      assertThat(dataVolume).as(where + " mounts --data-dir").isNotNull();
      assertThat((List<?>) spec.get("volumeClaimTemplates")).extracting(t -> map(map(t).get("metadata")).get("name"))
          .as(where + ": the data directory is a persistent volume claim").contains(dataVolume);

      Path genesis = Path.of(args.get("--genesis"));
      Map<String, Object> genesisVolume = volumes.get(mounts.get(genesis.getParent().toString()));
      assertThat(genesisVolume).as(where + " mounts the directory of --genesis").isNotNull();
      String configMap = (String) map(genesisVolume.get("configMap")).get("name");
      assertThat(generated.get(configMap)).as("configMapGenerator " + configMap)
          .anyMatch(f -> f.startsWith(genesis.getFileName() + "="));

      if (e.getKey().equals("validator")) {
        String key = args.get("--validator-key");
        assertThat(key).endsWith("/$(POD_NAME).key");
        assertThat(env).as("POD_NAME, which Kubernetes puts into --validator-key").contains("POD_NAME");
        Map<String, Object> keyVolume = volumes.get(mounts.get(Path.of(key).getParent().toString()));
        String secret = (String) map(keyVolume.get("secret")).get("secretName");
        for (int i = 0; i < replicas.get("validator"); i++) {
          String file = "validator-" + i + ".key";
          assertThat(generated.get(secret)).as("secretGenerator " + secret).anyMatch(f -> f.startsWith(file + "="));
        }
        assertThat(Files.readString(DEPLOY.resolve("kubernetes/generate.sh"))).contains("validator-$i.key", "genesis.json");
      } else {
        assertThat(args.values()).doesNotContainKey("--validator-key");
      }
      for (PeerAddress boot : bootnodes(args)) {
        String[] host = boot.host().split("\\.");
        assertThat(host).as("bootnode " + boot + " is <pod>.<headless service>").hasSize(2);
        assertThat(host[1]).isEqualTo(spec.get("serviceName"));
        int ordinal = Integer.parseInt(host[0].substring(host[0].lastIndexOf('-') + 1));
        String set = host[0].substring(0, host[0].lastIndexOf('-'));
        assertThat(replicas).as("bootnode " + boot).containsKey(set);
        assertThat(ordinal).as("bootnode " + boot).isLessThan(replicas.get(set));
        assertThat(boot.port()).isEqualTo(args.port("--p2p-port"));
      }
    }
    Map<String, Object> rpc = map(services.get("peerchain-rpc").get("spec"));
    assertThat(map(rpc.get("selector"))).containsEntry("app.kubernetes.io/component", "full");
  }

  @Test
  void dockerfileRunsTheJarAsAnUnprivilegedUserAndChecksReadiness() throws IOException {
    String dockerfile = Files.readString(DEPLOY.resolve("Dockerfile"));
    Matcher expose = Pattern.compile("(?m)^EXPOSE (.+)$").matcher(dockerfile);
    assertThat(expose.find()).isTrue();
    assertThat(expose.group(1).split("\\s+")).contains(String.valueOf(defaultPort("--rpc-port")),
        String.valueOf(defaultPort("--p2p-port")), "9545");
    assertThat(dockerfile).containsPattern("(?m)^USER peerchain")
        .contains("--uid " + IMAGE_UID)
        .contains("${PEERCHAIN_RPC_PORT:-" + defaultPort("--rpc-port") + "}/readiness")
        .containsPattern("(?m)^HEALTHCHECK ");
    Matcher copy = Pattern.compile("(?m)^COPY (?:--\\S+ )*(\\S+) \\S+$").matcher(dockerfile);
    List<String> sources = new ArrayList<>();
    while (copy.find()) {
      sources.add(copy.group(1));
    }
    assertThat(sources).contains("dist/target/peerchain.jar");
    assertThat(Files.readString(Path.of("..", "dist", "pom.xml"))).contains("${project.build.directory}/peerchain.jar");
    for (String source : sources) {
      if (!source.startsWith("dist/target/")) {
        assertThat(Path.of("..").resolve(source)).as("COPY source").isRegularFile();
      }
    }
  }

  @Test
  void scriptsCallOnlyCommandsAndOptionsThatExist() throws IOException {
    CommandSpec genesisNew = CLI.getSubcommands().get("genesis").getSubcommands().get("new").getCommandSpec();
    Pattern call = Pattern.compile("peerchain\"? genesis new (.*?)(?:$|\\n(?!\\s))", Pattern.DOTALL);
    for (Path script : List.of(DEPLOY.resolve("compose/init-network.sh"), DEPLOY.resolve("kubernetes/generate.sh"))) {
      String text = Files.readString(script);
      assertThat(text).contains("keys address");
      Matcher m = call.matcher(text);
      assertThat(m.find()).as(script + " writes a genesis").isTrue();
      Matcher option = Pattern.compile("--[a-z][a-z-]*").matcher(m.group(1));
      int found = 0;
      while (option.find()) {
        assertThat(genesisNew.findOption(option.group())).as(script + ": peerchain genesis new " + option.group())
            .isNotNull();
        found++;
      }
      assertThat(found).isGreaterThanOrEqualTo(3);
    }
    assertThat(CLI.getSubcommands().get("keys").getSubcommands()).containsKey("address");
  }

  static NodeArgs nodeArgs(List<String> args, String where) {
    assertThat(args).as(where).isNotEmpty();
    assertThat(args.get(0)).as(where + " runs peerchain node").isEqualTo("node");
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 1; i < args.size(); i++) {
      String arg = args.get(i);
      assertThat(arg).as(where + ": argument " + i).startsWith("--");
      int eq = arg.indexOf('=');
      String name = eq < 0 ? arg : arg.substring(0, eq);
      OptionSpec option = NODE.findOption(name);
      assertThat(option).as(where + ": " + name + " is an option of 'peerchain node --help'").isNotNull();
      String value;
      if (eq >= 0) {
        value = arg.substring(eq + 1);
      } else if (option.arity().max() > 0) {
        assertThat(i + 1).as(where + ": " + name + " needs a value").isLessThan(args.size());
        value = args.get(++i);
      } else {
        value = "true";
      }
      assertThat(values.put(name, value)).as(where + ": " + name + " given twice").isNull();
    }
    return new NodeArgs(where, values);
  }

  static void checkEnvironment(String where, Iterable<String> names) {
    Set<String> known = new TreeSet<>(LAUNCHER_ENV);
    for (OptionSpec option : NODE.options()) {
      known.add(ConfigDefaults.envName(ConfigDefaults.key(option)));
    }
    for (String name : names) {
      assertThat(known).as(where + ": environment variable " + name + " is read by the node or its launcher")
          .contains(name);
    }
  }

  static List<PeerAddress> bootnodes(NodeArgs args) {
    List<PeerAddress> out = new ArrayList<>();
    for (String a : args.get("--bootnodes").split(",")) {
      out.add(PeerAddress.parse(a.strip()));
    }
    assertThat(out).isNotEmpty();
    return out;
  }

  static int defaultPort(String option) {
    return Integer.parseInt(NODE.findOption(option).defaultValue());
  }

  static void assertUnderMount(String where, String path, Set<String> mounts) {
    assertThat(mounts).as(where + ": " + path + " lies in a mounted volume")
        .anyMatch(m -> path.startsWith(m.endsWith("/") ? m : m + "/"));
  }

  static List<Path> yamlFiles() throws IOException {
    return yamlFiles(DEPLOY);
  }

  static List<Path> yamlFiles(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
          .filter(p -> !p.toString().contains("generated")).sorted().toList();
    }
  }

  static List<Object> load(Path file) throws IOException {
    Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
    List<Object> docs = new ArrayList<>();
    for (Object doc : yaml.loadAll(Files.readString(file))) {
      docs.add(doc);
    }
    return docs;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object o) {
    assertThat(o).isInstanceOf(Map.class);
    return (Map<String, Object>) o;
  }

  static List<String> strings(Object o) {
    if (o == null) {
      return List.of();
    }
    assertThat(o).isInstanceOf(List.class);
    return ((List<?>) o).stream().map(String::valueOf).toList();
  }
}
