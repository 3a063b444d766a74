package org.matinf.core.materialsproject;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matinf.core.materialsproject.FakeMaterialsProject.Fault;
import org.matinf.core.progress.ProgressListener;
import org.matinf.testutil.TestData;

/** Searching through the cache: answered once, answered offline; failures never leave a cache file behind. */
class MpSearchCacheTest {
    private static final String KEY = MpClientTest.KEY;
    @TempDir
    Path dir;
    private FakeMaterialsProject server;
    private MpCache cache;

    @BeforeAll
    static void loadLibrary() {
        FakeMaterialsProject.library(); // a few seconds, not to be counted in request timeouts
    }

    @BeforeEach
    void start() throws IOException {
        server = new FakeMaterialsProject(KEY);
        cache = new MpCache(dir.resolve("cache"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private MpClient client(String key) {
        return MpClient.builder(MpApiKey.of(key)).endpoint(server.endpoint()).sleeper(d -> { })
                .requestTimeout(Duration.ofMillis(1500)).build();
    }

    private MpSearch online() {
        return new MpSearch(server.endpoint(), client(KEY), cache, null);
    }

    private static MpQuery feO() {
        return MpQuery.builder().elements("Fe,O").limit(10).build();
    }

    /** Every file under the cache folder (including temporary ones) with its bytes. */
    private Map<String, byte[]> cacheFiles() throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        if (Files.isDirectory(cache.folder())) {
            try (Stream<Path> s = Files.walk(cache.folder())) {
                for (Path p : (Iterable<Path>) s.filter(Files::isRegularFile)::iterator) {
                    out.put(cache.folder().relativize(p).toString(), Files.readAllBytes(p));
                }
            }
        }
        return out;
    }

    @Test
    void answeredOnceWorksOffline() throws IOException {
        MpSearchResult first = online().search(feO(), false, false, ProgressListener.NONE);
        assertEquals(MpSource.API, first.source());
        assertEquals(10, first.materials().size());
        assertEquals(19, first.matching()); // offline_queries.json: fe_o
        assertEquals(1, cacheFiles().size());
        assertTrue(Files.exists(cache.file(MpCache.key(server.endpoint(), feO()))));
        server.close();
        // a second search with the server gone, online or offline, without a key: the cache answers
        for (MpSearch s : List.of(online(), new MpSearch(server.endpoint(), null, cache, null))) {
            MpSearchResult again = s.search(feO(), false, false, ProgressListener.NONE);
            assertEquals(MpSource.CACHE, again.source());
            assertEquals(first.materials().stream().map(MpMaterial::materialId).toList(),
                    again.materials().stream().map(MpMaterial::materialId).toList());
            for (int i = 0; i < 10; i++) {
                MpMaterial a = first.materials().get(i);
                MpMaterial b = again.materials().get(i);
                assertEquals(a.bandGap(), b.bandGap());
                assertEquals(a.energyAboveHull(), b.energyAboveHull());
                assertEquals(a.structure().numSites(), b.structure().numSites());
                assertArrayEquals(a.structure().lattice().matrix()[2], b.structure().lattice().matrix()[2]);
            }
        }
    }

    @Test
    void equalQueriesShareOneEntry() {
        MpQuery a = MpQuery.builder().elements("Fe, O").formulas("Fe4O6").bandGap(1, Double.NaN).build();
        MpQuery b = MpQuery.builder().elements("o fe").formulas("Fe2O3").bandGap(1.0, Double.NaN).build();
        assertEquals(MpCache.key(server.endpoint(), a), MpCache.key(server.endpoint(), b));
        assertEquals(a, b);
        MpQuery c = MpQuery.builder().elements("Fe, O").formulas("Fe2O3").bandGap(1, Double.NaN).limit(51).build();
        assertFalse(MpCache.key(server.endpoint(), a).equals(MpCache.key(server.endpoint(), c)));
    }

    @Test
    void failuresLeaveNoCacheFileAndKeepEarlierEntries() throws IOException {
        MpQuery other = MpQuery.builder().formulas("GaTe").build();
        online().search(other, false, false, ProgressListener.NONE);
        Map<String, byte[]> before = cacheFiles();
        assertEquals(1, before.size());
        List<Supplier<Fault[]>> failures = List.of(
                () -> new Fault[] {Fault.status(401, null)},
                () -> new Fault[] {Fault.status(429, "1"), Fault.status(429, "1"), Fault.status(429, "1"), Fault.status(429, "1")},
                () -> new Fault[] {Fault.status(500, null), Fault.status(500, null), Fault.status(500, null), Fault.status(500, null)},
                () -> new Fault[] {Fault.slow(4000)},
                () -> new Fault[] {Fault.body("<html>oops</html>")},
                () -> new Fault[] {Fault.body("{\"data\": [{\"material_id\": \"mp-1\"")},
                () -> new Fault[] {Fault.truncated(), Fault.truncated(), Fault.truncated(), Fault.truncated()},
                () -> new Fault[] {Fault.body("{\"data\": [{\"material_id\": \"mp-1\", \"structure\": {\"sites\": []}}],"
                        + " \"meta\": {\"total_doc\": 1}}")});
        List<MpException.Kind> kinds = new ArrayList<>();
        for (Supplier<Fault[]> f : failures) {
            server.then(f.get());
            MpException ex = assertThrows(MpException.class, () -> online().search(feO(), false, false, ProgressListener.NONE));
            kinds.add(ex.kind());
            assertFalse(ex.getMessage().contains(KEY));
            Map<String, byte[]> after = cacheFiles();
            assertEquals(before.keySet(), after.keySet(), "after " + ex.getMessage());
            assertArrayEquals(before.values().iterator().next(), after.values().iterator().next());
        }
        assertEquals(List.of(MpException.Kind.KEY_REFUSED, MpException.Kind.SERVER_FAILED, MpException.Kind.SERVER_FAILED,
                MpException.Kind.UNREACHABLE, MpException.Kind.BAD_ANSWER, MpException.Kind.BAD_ANSWER,
                MpException.Kind.SERVER_FAILED, MpException.Kind.BAD_ANSWER), kinds);
    }

    @Test
    void failedRefreshKeepsTheEntry() throws IOException {
        online().search(feO(), false, false, ProgressListener.NONE);
        Map<String, byte[]> before = cacheFiles();
        server.then(Fault.truncated(), Fault.truncated(), Fault.truncated(), Fault.truncated());
        assertThrows(MpException.class, () -> online().search(feO(), false, true, ProgressListener.NONE));
        Map<String, byte[]> after = cacheFiles();
        assertEquals(before.keySet(), after.keySet());
        assertArrayEquals(before.values().iterator().next(), after.values().iterator().next());
        assertEquals(MpSource.CACHE, online().search(feO(), false, false, ProgressListener.NONE).source());
    }

    @Test
    void damagedEntriesAreIgnoredAndReplaced() throws IOException {
        String key = MpCache.key(server.endpoint(), feO());
        Path file = cache.file(key);
        online().search(feO(), false, false, ProgressListener.NONE);
        String good = Files.readString(file);
        List<String> damages = List.of(
                good.substring(0, good.length() / 2),                                      // cut short
                good.replaceFirst("\"band_gap\":([0-9.]+)", "\"band_gap\":9.99"),          // edited
                good.replace("\"count\":10", "\"count\":11"),                              // wrong count
                good.replace(key.replace("/", "\\/"), "x").replace(key, "http://elsewhere/?elements=Fe"), // another query
                "");
        List<String> why = List.of("is not valid JSON", "fails its checksum", "does not hold the number",
                "belongs to another query", "is empty");
        int requests = server.received().size();
        for (int i = 0; i < damages.size(); i++) {
            Files.writeString(file, damages.get(i), StandardCharsets.UTF_8);
            MpCache.Lookup l = cache.read(key);
            assertFalse(l.found());
            assertTrue(l.damage().contains(why.get(i)), l.damage());
            MpSearchResult r = online().search(feO(), false, false, ProgressListener.NONE);
            assertEquals(MpSource.API, r.source(), "re-fetched after damage " + i);
            assertTrue(r.notes().get(0).contains(why.get(i)), r.notes().toString());
            assertEquals(requests + i + 1, server.received().size());
            assertEquals(good.replaceAll("\"saved\":\"[^\"]+\"", ""), Files.readString(file).replaceAll("\"saved\":\"[^\"]+\"", ""));
        }
    }

    @Test
    void theKeyIsInNoCacheFile() throws IOException {
        online().search(feO(), false, false, ProgressListener.NONE);
        online().search(MpQuery.builder().chemicalSystems("Li-*-*").limit(100).build(), false, false, ProgressListener.NONE);
        Map<String, byte[]> files = cacheFiles();
        assertEquals(2, files.size());
        for (byte[] b : files.values()) {
            assertFalse(new String(b, StandardCharsets.UTF_8).contains(KEY));
        }
    }

    @Test
    void unreachableServerFallsBackToTheDatabase() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        URI gone = URI.create("http://127.0.0.1:" + port + "/");
        MpClient c = MpClient.builder(MpApiKey.of(KEY)).endpoint(gone).build();
        Path db = TestData.shared().resolve("datasets/structures_mp20_subset");
        MpSearchResult r = new MpSearch(gone, c, cache, db).search(feO(), false, false, ProgressListener.NONE);
        assertEquals(MpSource.OFFLINE, r.source());
        assertEquals(10, r.materials().size());
        assertEquals(19, r.matching());
        assertTrue(r.notes().get(0).startsWith("Materials Project: cannot connect to 127.0.0.1:" + port), r.notes().toString());
        assertEquals(Map.of(), cacheFiles(), "offline answers are not cached");
        // a refused key is an error, not a reason to answer from elsewhere
        MpSearch wrongKey = new MpSearch(server.endpoint(), client("WRONGkey000000000000000000000000"), cache, db);
        assertThrows(MpException.class, () -> wrongKey.search(feO(), false, false, ProgressListener.NONE));
    }

    @Test
    void anEndpointWithoutItsSlashFindsTheSameEntryWithoutAKey() {
        String root = server.endpoint().toString();
        URI noSlash = URI.create(root.substring(0, root.length() - 1));
        MpClient c = MpClient.builder(MpApiKey.of(KEY)).endpoint(noSlash).sleeper(d -> { }).build();
        assertEquals(MpSource.API, new MpSearch(noSlash, c, cache, null).search(feO(), false, false, ProgressListener.NONE)
                .source());
        server.close();
        // the same endpoint setting (MaterialsProjectSearch passes it as typed), now without a key
        MpSearchResult again = new MpSearch(noSlash, null, cache, null).search(feO(), false, false, ProgressListener.NONE);
        assertEquals(MpSource.CACHE, again.source());
        assertEquals(MpCache.key(server.endpoint(), feO()), MpCache.key(noSlash, feO()));
        // a mirror under a path: the client asks <root>/api/materials/summary/, the key must say the same
        URI mirror = URI.create("https://mirror.example.org/api");
        String asked = MpClient.builder(MpApiKey.of(KEY)).endpoint(mirror).build().pageUri(feO(), 0, 10).toString();
        String key = MpCache.key(mirror, feO());
        assertEquals(asked.substring(0, asked.indexOf('?')), key.substring(0, key.indexOf('?')));
    }

    @Test
    void neitherKeyNorDatabaseNorCache() {
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
                () -> new MpSearch(server.endpoint(), null, cache, null).search(feO(), false, false, ProgressListener.NONE));
        assertEquals("no Materials Project API key (set the environment variable MP_API_KEY or use Materials Project API Key)"
                + " and no offline database (database=[csv file or folder]); the cache does not hold this query either",
                ex.getMessage());
        assertNotNull(MpCache.defaultFolder());
    }
}
