package org.matinf.core.materialsproject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.matinf.core.io.StructureFormat;
import org.matinf.core.io.StructureIO;
import org.matinf.core.structure.Composition;
import org.matinf.core.structure.Structure;
import org.matinf.testutil.TestData;

/**
 * A local stand-in for {@code https://api.materialsproject.org} (the JDK's HttpServer): it serves
 * {@code GET /materials/summary/} over the shared MP-20 subset as summary documents (structures in
 * pymatgen JSON), filtering with its own reading of the query parameters (elements,
 * exclude_elements, chemsys, formula, band_gap_min/max, energy_above_hull_min/max), honouring
 * {@code _fields}, {@code _limit} (at most 1000) and {@code _skip}, answering
 * {@code {"data": [...], "meta": {"total_doc": n, "max_limit": 1000}}}, and 401 with a {@code detail}
 * for a wrong {@code X-API-KEY}. Scripted faults are served first, one per request.
 */
public final class FakeMaterialsProject implements AutoCloseable {
    static final ObjectMapper MAPPER = new ObjectMapper();
    private static List<ObjectNode> library;

    /** One scripted answer instead of the normal one. */
    public record Fault(int status, String retryAfter, String body, long delayMillis, boolean truncate) {
        public static Fault status(int code, String retryAfter) {
            return new Fault(code, retryAfter, "{\"detail\": \"scripted " + code + "\"}", 0, false);
        }

        public static Fault slow(long millis) {
            return new Fault(0, null, null, millis, false);
        }

        public static Fault body(String text) {
            return new Fault(200, null, text, 0, false);
        }

        /** Announces more bytes than it sends, then closes the connection. */
        public static Fault truncated() {
            return new Fault(200, null, null, 0, true);
        }
    }

    /** What the server received. */
    public record Received(Map<String, String> parameters, String apiKey) {
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final String key;
    private final Deque<Fault> faults = new ArrayDeque<>();
    private final List<Received> received = Collections.synchronizedList(new ArrayList<>());

    public FakeMaterialsProject(String key) throws IOException {
        this.key = key;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/materials/summary/", this::handle);
        server.start();
    }

    /** The root URL, as the client's endpoint. */
    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    /** Serves these answers, in order, before normal ones. */
    public synchronized FakeMaterialsProject then(Fault... f) {
        faults.addAll(Arrays.asList(f));
        return this;
    }

    /** Requests received so far. */
    public List<Received> received() {
        return List.copyOf(received);
    }

    /** The summary documents of the shared MP-20 subset (test, train, val in that order). */
    public static synchronized List<ObjectNode> library() {
        if (library == null) {
            List<ObjectNode> docs = new ArrayList<>();
            Path dir = TestData.shared().resolve("datasets/structures_mp20_subset");
            for (String f : List.of("test.csv", "train.csv", "val.csv")) {
                for (Map<String, String> row : TestData.csv(dir.resolve(f))) {
                    docs.add(document(row));
                }
            }
            library = Collections.unmodifiableList(docs);
        }
        return library;
    }

    private static ObjectNode document(Map<String, String> row) {
        Structure s = StructureIO.read(row.get("cif"), row.get("material_id"), StructureFormat.CIF);
        ObjectNode d = MAPPER.createObjectNode();
        d.put("material_id", row.get("material_id"));
        d.put("formula_pretty", row.get("pretty_formula"));
        ArrayNode els = d.putArray("elements");
        TreeSet<String> sorted = new TreeSet<>();
        s.composition().elements().forEach(e -> sorted.add(e.symbol()));
        sorted.forEach(els::add);
        d.put("chemsys", String.join("-", sorted));
        d.put("nsites", s.numSites());
        d.put("band_gap", Double.parseDouble(row.get("band_gap")));
        d.put("energy_above_hull", Double.parseDouble(row.get("e_above_hull")));
        d.put("formation_energy_per_atom", Double.parseDouble(row.get("formation_energy_per_atom")));
        d.putObject("symmetry").put("number", Integer.parseInt(row.get("spacegroup.number")));
        try {
            d.set("structure", MAPPER.readTree(StructureIO.write(s, StructureFormat.JSON)));
        } catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
        return d;
    }

    /** The server's own filter (independent of MpQuery.matches). */
    static List<ObjectNode> select(Map<String, String> p) {
        List<ObjectNode> out = new ArrayList<>();
        for (ObjectNode d : library()) {
            Set<String> els = new HashSet<>();
            d.get("elements").forEach(e -> els.add(e.asText()));
            if (p.containsKey("elements") && !els.containsAll(List.of(p.get("elements").split(",")))) {
                continue;
            }
            if (p.containsKey("exclude_elements")
                    && Arrays.stream(p.get("exclude_elements").split(",")).anyMatch(els::contains)) {
                continue;
            }
            if (p.containsKey("chemsys") && Arrays.stream(p.get("chemsys").split(",")).noneMatch(c -> system(c, els))) {
                continue;
            }
            if (p.containsKey("formula") && !List.of(p.get("formula").split(","))
                    .contains(Composition.parse(d.get("formula_pretty").asText()).reducedFormula())) {
                continue;
            }
            if (outside(d.get("band_gap").asDouble(), p.get("band_gap_min"), p.get("band_gap_max"))
                    || outside(d.get("energy_above_hull").asDouble(), p.get("energy_above_hull_min"),
                            p.get("energy_above_hull_max"))) {
                continue;
            }
            out.add(d);
        }
        return out;
    }

    /** "Li-Fe-O" exactly those elements; each "*" one more element of any kind. */
    private static boolean system(String chemsys, Set<String> els) {
        List<String> parts = List.of(chemsys.split("-"));
        long stars = parts.stream().filter("*"::equals).count();
        return els.containsAll(parts.stream().filter(x -> !x.equals("*")).toList()) && els.size() == parts.size()
                && stars == parts.size() - parts.stream().filter(els::contains).count();
    }

    private static boolean outside(double v, String min, String max) {
        return min != null && v < Double.parseDouble(min) || max != null && v > Double.parseDouble(max);
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            Map<String, String> params = parameters(ex.getRequestURI());
            String sentKey = ex.getRequestHeaders().getFirst("X-API-KEY");
            received.add(new Received(params, sentKey));
            Fault fault;
            synchronized (this) {
                fault = faults.poll();
            }
            if (fault != null && serveFault(ex, fault)) {
                return;
            }
            if (!key.equals(sentKey)) {
                send(ex, 401, "{\"detail\": \"API_KEY is not a valid key.\"}");
                return;
            }
            List<ObjectNode> hits = select(params);
            int skip = Integer.parseInt(params.getOrDefault("_skip", "0"));
            int limit = Math.min(1000, Integer.parseInt(params.getOrDefault("_limit", "100")));
            Set<String> fields = params.containsKey("_fields") ? Set.of(params.get("_fields").split(",")) : null;
            ObjectNode root = MAPPER.createObjectNode();
            ArrayNode data = root.putArray("data");
            for (int i = skip; i < Math.min(hits.size(), skip + limit); i++) {
                ObjectNode d = hits.get(i).deepCopy();
                if (fields != null) {
                    d.retain(fields);
                }
                data.add(d);
            }
            ObjectNode meta = root.putObject("meta");
            meta.put("api_version", "fake");
            meta.put("total_doc", hits.size());
            meta.put("max_limit", 1000);
            send(ex, 200, MAPPER.writeValueAsString(root));
        }
    }

    /** True when the fault was the whole answer; false to go on with the normal answer (after a delay). */
    private boolean serveFault(HttpExchange ex, Fault f) throws IOException {
        if (f.delayMillis() > 0) {
            try {
                Thread.sleep(f.delayMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return true;
            }
        }
        if (f.truncate()) {
            byte[] half = "{\"data\": [{\"material_id\": \"mp-1\"".getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(200, half.length + 5000);
            ex.getResponseBody().write(half);
            ex.getResponseBody().flush();
            // closing the exchange before all announced bytes are sent drops the connection
            return true;
        }
        if (f.status() == 0) {
            return false;
        }
        if (f.retryAfter() != null) {
            ex.getResponseHeaders().add("Retry-After", f.retryAfter());
        }
        send(ex, f.status(), f.body());
        return true;
    }

    private static void send(HttpExchange ex, int status, String body) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(status, b.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(b);
        }
    }

    private static Map<String, String> parameters(URI uri) {
        Map<String, String> out = new LinkedHashMap<>();
        String q = uri.getRawQuery();
        if (q != null) {
            for (String kv : q.split("&")) {
                int eq = kv.indexOf('=');
                out.put(URLDecoder.decode(kv.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(kv.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
