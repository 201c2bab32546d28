package fr.spyrales.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.api.model.rbac.Role;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What deploy/ must say for Spyrales to run on several pods, checked without a cluster (plain JUnit, no Quarkus app):
 * every document reads into fabric8's typed model with no unknown field, the pods have their probes and resources,
 * secrets are only referenced, the autoscaler and the disruption budget target the Deployment, Flyway runs once in
 * its Job, and the CloudNativePG cluster (a CRD fabric8 does not know) has its replica and room for every pod's pool.
 * KubernetesManifestsDriftTest checks that deploy/kubernetes.yml is what the build generates.
 */
class KubernetesManifestsTest {
    /** The application's own paths for the probes: SmallRye Health under the default non-application root. */
    private static final String READY = "/q/health/ready";

    private static final String LIVE = "/q/health/live";

    /** Names a value must never be written under, only referenced (secretKeyRef). */
    private static final Pattern SECRET_NAME = Pattern.compile(".*(PASSWORD|SECRET|TOKEN|PRIVATE).*|.*_KEY");

    /** Connections kept beside the application pods: the Flyway Job, the operator, replication, an operator's psql. */
    private static final int RESERVED_CONNECTIONS = 20;

    /** Custom resources fabric8 has no model for, each checked by its own test below. */
    private static final java.util.Set<String> CHECKED_BY_SHAPE =
            java.util.Set.of("postgresql.cnpg.io/v1/Cluster", "monitoring.coreos.com/v1/ServiceMonitor");

    private static final List<HasMetadata> resources = new ArrayList<>();
    private static final List<JsonNode> untyped = new ArrayList<>();
    private static final Map<String, List<String>> unknownFields = new HashMap<>();

    @BeforeAll
    static void readDeploy() throws IOException {
        for (Path file : Manifests.files()) {
            for (JsonNode document : Manifests.documents(file)) {
                String where = file.getFileName() + " " + Manifests.typeOf(document) + " "
                        + document.path("metadata").path("name").asText();
                if (Manifests.isTyped(document)) {
                    HasMetadata resource = Manifests.typed(document);
                    resources.add(resource);
                    unknownFields.put(where, Manifests.unknownFields(resource));
                } else {
                    untyped.add(document);
                }
            }
        }
    }

    @Test
    void everyDocumentReadsIntoTheModelWithoutAnUnknownField() {
        assertFalse(resources.isEmpty(), "no manifest read from " + Manifests.DEPLOY.toAbsolutePath());
        List<String> problems = new ArrayList<>();
        unknownFields.forEach((where, fields) -> fields.forEach(field -> problems.add(where + ": unknown " + field)));
        for (JsonNode document : untyped) {
            if (!CHECKED_BY_SHAPE.contains(Manifests.typeOf(document))) {
                problems.add("no model class (and no check) for " + Manifests.typeOf(document)
                        + ": add it to Manifests.TYPED with what it must say");
            }
        }
        for (HasMetadata resource : resources) {
            if (resource.getMetadata() == null || resource.getMetadata().getName() == null) {
                problems.add(resource.getKind() + " without a name");
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /** The strict reading is what makes the other checks worth anything: a misspelt field must be reported. */
    @Test
    void aMisspeltOrMisplacedFieldIsReported() throws IOException {
        JsonNode document = new ObjectMapper(new YAMLFactory()).readTree("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: typo}
                spec:
                  replica: 2
                  template:
                    spec:
                      containers:
                        - name: app
                          image: app:1
                          readynessProbe: {httpGet: {path: /q/health/ready, port: 8080}}
                """);
        assertEquals(
                List.of(".spec.replica", ".spec.template.spec.containers[0].readynessProbe"),
                Manifests.unknownFields(Manifests.typed(document)).stream()
                        .sorted()
                        .toList());
    }

    @Test
    void everyApplicationContainerHasItsProbesAndResources() throws IOException {
        Deployment deployment = deployment();
        Properties app = applicationProperties();
        assertFalse(
                app.containsKey("quarkus.http.non-application-root-path")
                        || app.containsKey("quarkus.smallrye-health.root-path"),
                "the health endpoints moved: the probes' paths must follow");
        List<String> problems = new ArrayList<>();
        for (Container container : deployment.getSpec().getTemplate().getSpec().getContainers()) {
            String name = container.getName();
            checkProbe(name, "readiness", container.getReadinessProbe(), READY, container, problems);
            checkProbe(name, "liveness", container.getLivenessProbe(), LIVE, container, problems);
            var resources = container.getResources();
            for (String kind : List.of("cpu", "memory")) {
                if (resources == null
                        || resources.getRequests() == null
                        || !resources.getRequests().containsKey(kind)) {
                    problems.add(name + ": no " + kind + " request");
                }
                if (resources == null
                        || resources.getLimits() == null
                        || !resources.getLimits().containsKey(kind)) {
                    problems.add(name + ": no " + kind + " limit");
                }
            }
            if (problems.isEmpty()
                    && bytes(resources.getRequests().get("memory"))
                            > bytes(resources.getLimits().get("memory"))) {
                problems.add(name + ": memory request above the limit");
            }
            // The JVM's default heap is a quarter of the container's memory: the heap must follow the limit.
            if (env(container, "JAVA_TOOL_OPTIONS")
                    .map(EnvVar::getValue)
                    .filter(v -> v.contains("MaxRAMPercentage"))
                    .isEmpty()) {
                problems.add(name + ": JAVA_TOOL_OPTIONS does not size the heap from the limit (MaxRAMPercentage)");
            }
        }
        for (Container init : deployment.getSpec().getTemplate().getSpec().getInitContainers()) {
            if (init.getResources() == null || init.getResources().getLimits() == null) {
                problems.add("init container " + init.getName() + ": no limits");
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void secretsAreReferencedNeverWritten() {
        List<String> problems = new ArrayList<>();
        for (PodSpec pod : pods()) {
            for (Container container : allContainers(pod)) {
                for (EnvVar env : Optional.ofNullable(container.getEnv()).orElse(List.of())) {
                    boolean referenced =
                            env.getValueFrom() != null && env.getValueFrom().getSecretKeyRef() != null;
                    if (SECRET_NAME.matcher(env.getName()).matches() && !referenced) {
                        problems.add(container.getName() + ": " + env.getName() + " is not a secretKeyRef");
                    }
                }
            }
        }
        for (String required : List.of(
                "QUARKUS_DATASOURCE_USERNAME",
                "QUARKUS_DATASOURCE_PASSWORD",
                "QUARKUS_MAILER_PASSWORD",
                "SPYRALES_SECRETS_KEY",
                "SPYRALES_PROCONNECT_CLIENT_SECRET")) {
            Container app = appContainer();
            if (env(app, required)
                    .filter(e -> e.getValueFrom() != null && e.getValueFrom().getSecretKeyRef() != null)
                    .isEmpty()) {
                problems.add(app.getName() + ": " + required + " must come from a Secret (secretKeyRef)");
            }
        }
        for (ConfigMap map : all(ConfigMap.class)) {
            map.getData().keySet().stream()
                    .filter(key -> SECRET_NAME.matcher(key).matches())
                    .forEach(key -> problems.add("ConfigMap " + name(map) + " holds " + key + ": a Secret's job"));
        }
        for (Secret secret : all(Secret.class)) {
            if (secret.getData() != null && !secret.getData().isEmpty()) {
                problems.add("Secret " + name(secret) + " has data: deploy/ holds templates without values");
            }
            Optional.ofNullable(secret.getStringData()).orElse(Map.of()).forEach((key, value) -> {
                if (!value.isEmpty()) {
                    problems.add("Secret " + name(secret) + " has a value for " + key);
                }
            });
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /** Every Secret, key and ConfigMap the pods name exists in deploy/ (or is the one CloudNativePG creates). */
    @Test
    void everyReferenceNamesSomethingDeployProvides() {
        Map<String, Set<String>> secretKeys = new HashMap<>();
        for (Secret secret : all(Secret.class)) {
            secretKeys.put(name(secret), secret.getStringData().keySet());
        }
        JsonNode cluster = postgresqlCluster();
        // CloudNativePG's application Secret: <cluster>-app, type basic-auth (plus its connection strings).
        secretKeys.put(cluster.path("metadata").path("name").asText() + "-app", Set.of("username", "password"));
        Set<String> configMaps = new HashSet<>();
        all(ConfigMap.class).forEach(map -> configMaps.add(name(map)));

        List<String> problems = new ArrayList<>();
        for (PodSpec pod : pods()) {
            for (Container container : allContainers(pod)) {
                for (EnvVar env : Optional.ofNullable(container.getEnv()).orElse(List.of())) {
                    if (env.getValueFrom() != null && env.getValueFrom().getSecretKeyRef() != null) {
                        var ref = env.getValueFrom().getSecretKeyRef();
                        if (!secretKeys.getOrDefault(ref.getName(), Set.of()).contains(ref.getKey())) {
                            problems.add(env.getName() + " reads " + ref.getName() + "/" + ref.getKey()
                                    + ", which deploy/ does not provide");
                        }
                    }
                }
                Optional.ofNullable(container.getEnvFrom()).orElse(List.of()).forEach(from -> {
                    if (from.getConfigMapRef() != null
                            && !configMaps.contains(from.getConfigMapRef().getName())) {
                        problems.add("ConfigMap " + from.getConfigMapRef().getName() + " is not in deploy/");
                    }
                });
            }
            Optional.ofNullable(pod.getVolumes()).orElse(List.of()).stream()
                    .filter(volume -> volume.getSecret() != null)
                    .forEach(volume -> {
                        if (!secretKeys.containsKey(volume.getSecret().getSecretName())) {
                            problems.add("volume " + volume.getName() + ": Secret "
                                    + volume.getSecret().getSecretName() + " is not in deploy/");
                        }
                    });
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        // The keys KeyPairBootstrap reads from SPYRALES_JWT_KEY_DIR, mounted from that Secret.
        Container app = appContainer();
        String keyDir = env(app, "SPYRALES_JWT_KEY_DIR").orElseThrow().getValue();
        String mounted = app.getVolumeMounts().stream()
                .filter(mount -> mount.getMountPath().equals(keyDir))
                .findFirst()
                .orElseThrow(() -> new AssertionError("nothing mounted at SPYRALES_JWT_KEY_DIR " + keyDir))
                .getName();
        String secretName = deployment().getSpec().getTemplate().getSpec().getVolumes().stream()
                .filter(volume -> volume.getName().equals(mounted))
                .findFirst()
                .orElseThrow()
                .getSecret()
                .getSecretName();
        assertEquals(Set.of("public.pem", "private.pem"), secretKeys.get(secretName));
        assertEquals(
                "false",
                env(app, "SPYRALES_JWT_GENERATE_MISSING_KEYS").orElseThrow().getValue());
    }

    @Test
    void theAutoscalerTheDisruptionBudgetAndTheServiceTargetTheDeployment() {
        Deployment deployment = deployment();
        Map<String, String> podLabels =
                deployment.getSpec().getTemplate().getMetadata().getLabels();
        assertTrue(
                podLabels
                        .entrySet()
                        .containsAll(deployment
                                .getSpec()
                                .getSelector()
                                .getMatchLabels()
                                .entrySet()),
                "the Deployment's selector does not select its own pods");
        assertTrue(deployment.getSpec().getReplicas() >= 2, "one pod is no deployment beyond one machine");

        HorizontalPodAutoscaler hpa = one(HorizontalPodAutoscaler.class);
        assertEquals("apps/v1", hpa.getSpec().getScaleTargetRef().getApiVersion());
        assertEquals("Deployment", hpa.getSpec().getScaleTargetRef().getKind());
        assertEquals(name(deployment), hpa.getSpec().getScaleTargetRef().getName());
        assertTrue(hpa.getSpec().getMinReplicas() >= 2, "the autoscaler would go below two pods");
        assertTrue(hpa.getSpec().getMaxReplicas() >= hpa.getSpec().getMinReplicas());

        PodDisruptionBudget pdb = one(PodDisruptionBudget.class);
        assertTrue(
                podLabels
                        .entrySet()
                        .containsAll(
                                pdb.getSpec().getSelector().getMatchLabels().entrySet()),
                "the PodDisruptionBudget does not select the Deployment's pods");
        assertNotNull(pdb.getSpec().getMinAvailable(), "minAvailable");
        assertTrue(
                pdb.getSpec().getMinAvailable().getIntVal() < hpa.getSpec().getMinReplicas(),
                "minAvailable must stay under the fewest pods, or no node can ever be drained");

        Service service = one(Service.class);
        assertTrue(
                podLabels.entrySet().containsAll(service.getSpec().getSelector().entrySet()),
                "the Service does not select the Deployment's pods");
        Ingress ingress = one(Ingress.class);
        ingress.getSpec()
                .getRules()
                .forEach(rule -> rule.getHttp().getPaths().forEach(path -> {
                    assertEquals(name(service), path.getBackend().getService().getName());
                    String port = path.getBackend().getService().getPort().getName();
                    assertTrue(
                            service.getSpec().getPorts().stream()
                                    .anyMatch(p -> p.getName().equals(port)),
                            "the Ingress names a port the Service does not have: " + port);
                }));
    }

    @Test
    void flywayMigratesOnceInItsJobAndThePodsWaitForIt() {
        Deployment deployment = deployment();
        Container app = appContainer();
        boolean migratesAtStart =
                !env(app, "QUARKUS_FLYWAY_ACTIVE").map(EnvVar::getValue).equals(Optional.of("false"))
                        && !env(app, "QUARKUS_FLYWAY_MIGRATE_AT_START")
                                .map(EnvVar::getValue)
                                .equals(Optional.of("false"));
        assertFalse(migratesAtStart, "the application pods would migrate at start, side by side");

        List<Job> migrations = all(Job.class).stream()
                .filter(job -> job.getSpec().getTemplate().getSpec().getContainers().stream()
                        .anyMatch(c -> env(c, "QUARKUS_INIT_AND_EXIT")
                                        .map(EnvVar::getValue)
                                        .equals(Optional.of("true"))
                                && env(c, "QUARKUS_FLYWAY_ACTIVE")
                                        .map(EnvVar::getValue)
                                        .equals(Optional.of("true"))))
                .toList();
        assertEquals(1, migrations.size(), "one Job runs Flyway (QUARKUS_INIT_AND_EXIT, Flyway active)");
        Job migration = migrations.get(0);
        Container job =
                migration.getSpec().getTemplate().getSpec().getContainers().get(0);
        assertEquals(app.getImage(), job.getImage(), "the Job must migrate with the application's own image");
        assertTrue(Set.of("OnFailure", "Never")
                .contains(migration.getSpec().getTemplate().getSpec().getRestartPolicy()));
        assertEquals(app.getEnvFrom(), job.getEnvFrom(), "the Job must reach the same database as the application");

        PodSpec pod = deployment.getSpec().getTemplate().getSpec();
        assertTrue(
                pod.getInitContainers().stream()
                        .anyMatch(
                                init -> init.getArgs() != null && init.getArgs().contains(name(migration))),
                "no init container waits for " + name(migration));
        // The waiting container asks the API for the Job: the pods' account may read Jobs.
        String account = pod.getServiceAccountName();
        RoleBinding binding = all(RoleBinding.class).stream()
                .filter(b -> b.getSubjects().stream().anyMatch(s -> s.getName().equals(account)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no RoleBinding for the service account " + account));
        Role role = all(Role.class).stream()
                .filter(r -> name(r).equals(binding.getRoleRef().getName()))
                .findFirst()
                .orElseThrow();
        assertTrue(role.getRules().stream()
                .anyMatch(rule -> rule.getApiGroups().contains("batch")
                        && rule.getResources().contains("jobs")
                        && rule.getVerbs().contains("get")));
    }

    /** The CRD fabric8 does not model: its shape, checked field by field. */
    @Test
    void thePostgresqlClusterHasAReplicaStorageAndRoomForEveryPodsPool() throws IOException {
        JsonNode cluster = postgresqlCluster();
        JsonNode spec = cluster.path("spec");
        Set<String> known = Set.of(
                "instances",
                "imageName",
                "primaryUpdateStrategy",
                "bootstrap",
                "postgresql",
                "resources",
                "storage",
                "walStorage");
        spec.fieldNames().forEachRemaining(field -> assertTrue(known.contains(field), "unexpected spec." + field));
        assertTrue(spec.path("instances").asInt() >= 2, "a primary and at least one replica");
        assertTrue(bytes(new Quantity(spec.path("storage").path("size").asText())) > 0, "storage.size");
        assertTrue(bytes(new Quantity(
                        spec.path("resources").path("limits").path("memory").asText()))
                > 0);
        String database = spec.path("bootstrap").path("initdb").path("database").asText();
        assertFalse(database.isEmpty(), "bootstrap.initdb.database");

        // The application reaches the primary's Service, in the database the operator created.
        String url = one(ConfigMap.class).getData().get("QUARKUS_DATASOURCE_JDBC_URL");
        String name = cluster.path("metadata").path("name").asText();
        assertTrue(
                url.startsWith("jdbc:postgresql://" + name + "-rw:5432/" + database),
                "QUARKUS_DATASOURCE_JDBC_URL must name " + name + "-rw and " + database + ": " + url);

        int poolSize = env(appContainer(), "QUARKUS_DATASOURCE_JDBC_MAX_SIZE")
                .map(e -> Integer.parseInt(e.getValue()))
                .orElse(Integer.parseInt(applicationProperties().getProperty("quarkus.datasource.jdbc.max-size")));
        int pods = one(HorizontalPodAutoscaler.class).getSpec().getMaxReplicas();
        int maxConnections = spec.path("postgresql")
                .path("parameters")
                .path("max_connections")
                .asInt();
        assertTrue(
                maxConnections >= pods * poolSize + RESERVED_CONNECTIONS,
                "max_connections " + maxConnections + " < " + pods + " pods x " + poolSize + " + "
                        + RESERVED_CONNECTIONS);
    }

    private static void checkProbe(
            String container, String kind, Probe probe, String path, Container owner, List<String> problems) {
        HTTPGetAction get = probe == null ? null : probe.getHttpGet();
        if (get == null || !path.equals(get.getPath())) {
            problems.add(container + ": no " + kind + " probe on " + path);
            return;
        }
        boolean declared = owner.getPorts().stream()
                .map(ContainerPort::getContainerPort)
                .anyMatch(port -> port.equals(get.getPort().getIntVal()));
        if (!declared) {
            problems.add(container + ": the " + kind + " probe's port is not a port of the container");
        }
        // Health is served on the main port; the management port serves only the metrics (404 on /q/health).
        boolean onHttp = owner.getPorts().stream()
                .anyMatch(port -> "http".equals(port.getName())
                        && port.getContainerPort().equals(get.getPort().getIntVal()));
        if (!onHttp) {
            problems.add(container + ": the " + kind + " probe is not on the http port, where the health checks are");
        }
    }

    private static long bytes(Quantity quantity) {
        return Quantity.getAmountInBytes(quantity).longValue();
    }

    private static Properties applicationProperties() throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/application.properties"))) {
            properties.load(reader);
        }
        return properties;
    }

    /** The Prometheus Operator's ServiceMonitor (generated with the metrics) reads /q/metrics on the management port. */
    @Test
    void theServiceMonitorScrapesTheMetricsOnTheManagementPortOfTheAppsService() {
        List<JsonNode> monitors = untyped.stream()
                .filter(d -> Manifests.typeOf(d).equals("monitoring.coreos.com/v1/ServiceMonitor"))
                .toList();
        assertEquals(1, monitors.size(), "one ServiceMonitor in deploy/");
        JsonNode endpoint = monitors.get(0).path("spec").path("endpoints").path(0);
        assertEquals("/q/metrics", endpoint.path("path").asText());
        int management = appContainer().getPorts().stream()
                .filter(port -> "management".equals(port.getName()))
                .map(ContainerPort::getContainerPort)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no management port on the application container"));
        assertEquals(management, endpoint.path("targetPort").asInt(), "the metrics live on the management port");
        Map<String, String> serviceLabels = one(Service.class).getMetadata().getLabels();
        monitors.get(0)
                .path("spec")
                .path("selector")
                .path("matchLabels")
                .fields()
                .forEachRemaining(label -> assertEquals(
                        label.getValue().asText(),
                        serviceLabels.get(label.getKey()),
                        "the ServiceMonitor selects the application's Service by " + label.getKey()));
    }

    private static JsonNode postgresqlCluster() {
        List<JsonNode> clusters = untyped.stream()
                .filter(d -> Manifests.typeOf(d).equals("postgresql.cnpg.io/v1/Cluster"))
                .toList();
        assertEquals(1, clusters.size(), "one CloudNativePG Cluster in deploy/");
        return clusters.get(0);
    }

    private static Deployment deployment() {
        return one(Deployment.class);
    }

    private static Container appContainer() {
        List<Container> containers =
                deployment().getSpec().getTemplate().getSpec().getContainers();
        assertEquals(1, containers.size(), "one application container");
        return containers.get(0);
    }

    private static List<PodSpec> pods() {
        return Stream.concat(
                        all(Deployment.class).stream()
                                .map(d -> d.getSpec().getTemplate().getSpec()),
                        all(Job.class).stream()
                                .map(j -> j.getSpec().getTemplate().getSpec()))
                .toList();
    }

    private static List<Container> allContainers(PodSpec pod) {
        return Stream.concat(
                        pod.getContainers().stream(),
                        Optional.ofNullable(pod.getInitContainers()).orElse(List.of()).stream())
                .toList();
    }

    private static Optional<EnvVar> env(Container container, String name) {
        return Optional.ofNullable(container.getEnv()).orElse(List.of()).stream()
                .filter(e -> e.getName().equals(name))
                .findFirst();
    }

    private static <T extends HasMetadata> List<T> all(Class<T> type) {
        return resources.stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static <T extends HasMetadata> T one(Class<T> type) {
        List<T> found = all(type);
        assertEquals(1, found.size(), "one " + type.getSimpleName() + " in deploy/");
        return found.get(0);
    }

    private static String name(HasMetadata resource) {
        return resource.getMetadata().getName();
    }
}
