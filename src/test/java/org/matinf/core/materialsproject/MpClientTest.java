package org.matinf.core.materialsproject;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.matinf.core.materialsproject.FakeMaterialsProject.Fault;
import org.matinf.core.progress.ProgressListener;

/** The HTTP client against a local server that answers like the Materials Project API. */
class MpClientTest {
    static final String KEY = "FAKEkey0123456789abcdefFAKEkey99";
    private FakeMaterialsProject server;
    private final List<Duration> waits = new ArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = new FakeMaterialsProject(KEY);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private MpClient.Builder client(String key) {
        return MpClient.builder(MpApiKey.of(key)).endpoint(server.endpoint()).sleeper(waits::add)
                .requestTimeout(Duration.ofSeconds(20));
    }

    private static MpQuery oxides(int limit) {
        return MpQuery.builder().elements("O").bandGap(1, 3).energyAboveHull(Double.NaN, 0.05).limit(limit).build();
    }

    private static List<String> ids(List<JsonNode> docs) {
        return docs.stream().map(d -> d.get("material_id").asText()).toList();
    }

    @Test
    void pagesThroughTheAnswerWithLimitAndSkip() {
        MpAnswer a = client(KEY).pageSize(10).build().summary(oxides(25), ProgressListener.NONE);
        List<ObjectNode> expected = FakeMaterialsProject.select(Map.of("elements", "O", "band_gap_min", "1",
                "band_gap_max", "3", "energy_above_hull_max", "0.05"));
        assertEquals(67, expected.size()); // offline_queries.json: oxides_gap_1_3_stable
        assertEquals(67, a.totalDocuments());
        assertEquals(expected.subList(0, 25).stream().map(d -> d.get("material_id").asText()).toList(), ids(a.documents()));
        List<FakeMaterialsProject.Received> got = server.received();
        assertEquals(3, got.size());
        assertEquals(List.of("0", "10", "20"), got.stream().map(r -> r.parameters().get("_skip")).toList());
        assertEquals(List.of("10", "10", "5"), got.stream().map(r -> r.parameters().get("_limit")).toList());
        Map<String, String> p = got.get(0).parameters();
        assertEquals("O", p.get("elements"));
        assertEquals("1", p.get("band_gap_min"));
        assertEquals("3", p.get("band_gap_max"));
        assertEquals("0.05", p.get("energy_above_hull_max"));
        assertEquals(String.join(",", MpQuery.DEFAULT_FIELDS), p.get("_fields"));
        assertTrue(got.stream().allMatch(r -> KEY.equals(r.apiKey())), "the key goes in X-API-KEY");
        assertTrue(got.stream().noneMatch(r -> r.parameters().containsValue(KEY)), "never in the URL");
    }

    @Test
    void stopsWhenTheServerHasNoMore() {
        MpAnswer a = client(KEY).pageSize(7).build().summary(oxides(1000), ProgressListener.NONE);
        assertEquals(67, a.documents().size());
        assertEquals(10, server.received().size()); // 9 full pages of 7 and one of 4
    }

    @Test
    void listsAreCommaSeparatedAsMpApiSendsThem() {
        MpQuery q = MpQuery.builder().elements("o, fe").excludeElements("Li Na").chemicalSystems("O-Fe, O-Fe-Mn")
                .formulas("Fe4O6").limit(3).build();
        client(KEY).build().summary(q, ProgressListener.NONE);
        Map<String, String> p = server.received().get(0).parameters();
        assertEquals("Fe,O", p.get("elements"));
        assertEquals("Li,Na", p.get("exclude_elements"));
        assertEquals("Fe-Mn-O,Fe-O", p.get("chemsys"));
        assertEquals("Fe2O3", p.get("formula"));
        assertTrue(client(KEY).build().pageUri(q, 0, 3).toString()
                .startsWith(server.endpoint() + "materials/summary/?elements=Fe%2CO&exclude_elements=Li%2CNa"));
    }

    @Test
    void fieldSelectionReturnsOnlyTheFieldsAskedFor() {
        MpQuery q = MpQuery.builder().formulas("GaTe").fields(List.of("band_gap", "formula_pretty")).build();
        MpAnswer a = client(KEY).build().summary(q, ProgressListener.NONE);
        assertEquals(1, a.documents().size());
        JsonNode d = a.documents().get(0);
        assertEquals(List.of("material_id", "formula_pretty", "band_gap"), iterable(d));
        MpMaterial m = SummaryDocuments.materials(a, MpSource.API).get(0);
        assertEquals("mp-10009", m.materialId());
        assertEquals(0.8979999999999997, m.bandGap());
        assertNull(m.structure());
        assertTrue(Double.isNaN(m.energyAboveHull()));
    }

    private static List<String> iterable(JsonNode d) {
        List<String> names = new ArrayList<>();
        d.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void structuresArriveAsPymatgenJson() {
        MpQuery q = MpQuery.builder().formulas("Lu(SiPd)2").build();
        List<MpMaterial> ms = SummaryDocuments.materials(client(KEY).build().summary(q, ProgressListener.NONE), MpSource.API);
        MpMaterial m = ms.stream().filter(x -> x.materialId().equals("mp-3507")).findFirst().orElseThrow();
        assertEquals(5, m.structure().numSites());
        assertEquals(84.54336096654916, m.structure().volume(), 1e-6); // pymatgen's volume of the CIF
        assertEquals(139, m.spacegroupNumber());
        assertEquals(-0.8999725860000005, m.formationEnergyPerAtom());
        assertEquals("mp-3507", m.structure().title());
    }

    @Test
    void wrongKeyIsRefusedWithoutRetryAndWithoutTheKey() {
        String wrong = "WRONGkey000000000000000000000000";
        MpException ex = assertThrows(MpException.class, () -> client(wrong).build().summary(oxides(5), ProgressListener.NONE));
        assertEquals(MpException.Kind.KEY_REFUSED, ex.kind());
        assertTrue(ex.getMessage().startsWith("Materials Project: the API key was refused (HTTP 401): API_KEY is not a valid key."),
                ex.getMessage());
        assertFalse(ex.getMessage().contains(wrong));
        assertEquals(1, server.received().size());
        assertEquals(List.of(), waits);
    }

    @Test
    void serverTextEchoingTheKeyIsRedacted() {
        server.then(new Fault(403, null, "{\"detail\": \"key " + KEY + " is blocked\"}", 0, false));
        MpException ex = assertThrows(MpException.class, () -> client(KEY).build().summary(oxides(5), ProgressListener.NONE));
        assertEquals("Materials Project: the API key was refused (HTTP 403): key ******** is blocked; set a valid key"
                + " (environment variable MP_API_KEY or Materials Project API Key)", ex.getMessage());
    }

    @Test
    void tooManyRequestsWaitsAsRetryAfterSaysThenSucceeds() {
        server.then(Fault.status(429, "2"));
        MpAnswer a = client(KEY).build().summary(oxides(5), ProgressListener.NONE);
        assertEquals(5, a.documents().size());
        assertEquals(List.of(Duration.ofSeconds(2)), waits);
        assertEquals(2, server.received().size());
    }

    @Test
    void theDefaultSleeperReallyWaits() {
        server.then(Fault.status(429, "1"));
        long t0 = System.nanoTime();
        MpClient.builder(MpApiKey.of(KEY)).endpoint(server.endpoint()).build().summary(oxides(2), ProgressListener.NONE);
        assertTrue(System.nanoTime() - t0 >= 1_000_000_000L, "waited the second Retry-After asked for");
    }

    @Test
    void retryAfterAsHttpDate() {
        Instant now = Instant.parse("2025-03-01T12:00:00Z");
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.ofInstant(now.plusSeconds(7), ZoneOffset.UTC));
        assertEquals("Sat, 1 Mar 2025 12:00:07 GMT", date);
        server.then(Fault.status(503, date));
        client(KEY).clock(Clock.fixed(now, ZoneOffset.UTC)).build().summary(oxides(5), ProgressListener.NONE);
        assertEquals(List.of(Duration.ofSeconds(7)), waits);
        assertEquals(Duration.ZERO, RetryPolicy.retryAfter("Sat, 01 Mar 2025 11:00:00 GMT", now).orElseThrow());
        assertTrue(RetryPolicy.retryAfter("soon", now).isEmpty());
    }

    @Test
    void retryAfterLongerThanWeWaitFailsAtOnce() {
        server.then(Fault.status(429, "3600"));
        MpException ex = assertThrows(MpException.class, () -> client(KEY).build().summary(oxides(5), ProgressListener.NONE));
        assertEquals("Materials Project: the server is limiting the request rate (HTTP 429) and asks to wait 3600 s"
                + " (Retry-After), longer than 120 s; try again later", ex.getMessage());
        assertEquals(List.of(), waits);
    }

    @Test
    void serverErrorIsRetriedWithExponentialBackoff() {
        server.then(Fault.status(500, null), Fault.status(502, null));
        MpAnswer a = client(KEY).build().summary(oxides(5), ProgressListener.NONE);
        assertEquals(5, a.documents().size());
        assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2)), waits);
    }

    @Test
    void persistentServerErrorGivesUpAfterTheRetries() {
        server.then(Fault.status(500, null), Fault.status(500, null), Fault.status(500, null), Fault.status(504, null));
        MpException ex = assertThrows(MpException.class, () -> client(KEY).build().summary(oxides(5), ProgressListener.NONE));
        assertEquals(MpException.Kind.SERVER_FAILED, ex.kind());
        assertEquals("Materials Project: server error (HTTP 504), still after 3 retries: scripted 504; try again later",
                ex.getMessage());
        assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4)), waits);
        assertEquals(4, server.received().size());
    }

    @Test
    void backoffIsCapped() {
        RetryPolicy p = new RetryPolicy(10, Duration.ofMillis(500), Duration.ofSeconds(3), Duration.ofSeconds(10));
        assertEquals(List.of(500L, 1000L, 2000L, 3000L, 3000L),
                List.of(0, 1, 2, 3, 9).stream().map(i -> p.backoff(i).toMillis()).toList());
    }

    @Test
    void slowAnswerTimesOut() {
        server.then(Fault.slow(3000));
        long t0 = System.nanoTime();
        MpException ex = assertThrows(MpException.class, () -> client(KEY).requestTimeout(Duration.ofMillis(300)).build()
                .summary(oxides(5), ProgressListener.NONE));
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertEquals(MpException.Kind.UNREACHABLE, ex.kind());
        assertTrue(ex.getMessage().contains("no complete answer from 127.0.0.1:") && ex.getMessage().contains(
                "within 0.3 s (request timeout)"), ex.getMessage());
        assertTrue(seconds < 2.5, "gave up after " + seconds + " s");
    }

    @Test
    void malformedJsonIsReportedWithItsFirstBytes() {
        server.then(Fault.body("<html><body>502 Bad Gateway</body></html>"));
        MpException ex = assertThrows(MpException.class, () -> client(KEY).build().summary(oxides(5), ProgressListener.NONE));
        assertEquals(MpException.Kind.BAD_ANSWER, ex.kind());
        assertEquals("Materials Project: the server's answer is not valid JSON (first bytes: '<html><body>502 Bad Gateway"
                + "</body></html>'; 41 bytes)", ex.getMessage());
    }

    @Test
    void jsonCutShortIsNotValidJson() {
        server.then(Fault.body("{\"data\": [{\"material_id\": \"mp-1\", \"band_gap\": 1."));
        MpException ex = assertThrows(MpException.class, () -> client(KEY).build().summary(oxides(5), ProgressListener.NONE));
        assertTrue(ex.getMessage().contains("not valid JSON (first bytes: '{\"data\": [{\"material_id\""), ex.getMessage());
    }

    @Test
    void answerWithoutDataList() {
        server.then(Fault.body("{\"detail\": \"maintenance\"}"));
        MpException ex = assertThrows(MpException.class, () -> client(KEY).build().summary(oxides(5), ProgressListener.NONE));
        assertEquals("Materials Project: the server's answer has no \"data\" list (first bytes: '{\"detail\":\"maintenance\"}')",
                ex.getMessage());
    }

    @Test
    void truncatedBodyIsRetriedThenSucceeds() {
        server.then(Fault.truncated());
        MpAnswer a = client(KEY).build().summary(oxides(5), ProgressListener.NONE);
        assertEquals(5, a.documents().size());
        assertEquals(List.of(Duration.ofSeconds(1)), waits);
    }

    @Test
    void truncatedBodyEveryTimeFails() {
        server.then(Fault.truncated(), Fault.truncated(), Fault.truncated(), Fault.truncated());
        MpException ex = assertThrows(MpException.class, () -> client(KEY).build().summary(oxides(5), ProgressListener.NONE));
        assertEquals(MpException.Kind.SERVER_FAILED, ex.kind());
        assertTrue(ex.getMessage().contains("broke before the answer was complete, 4 times"), ex.getMessage());
    }

    @Test
    void closedPortIsUnreachable() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        MpClient c = MpClient.builder(MpApiKey.of(KEY)).endpoint(URI.create("http://127.0.0.1:" + port)).sleeper(waits::add).build();
        MpException ex = assertThrows(MpException.class, () -> c.summary(oxides(5), ProgressListener.NONE));
        assertEquals(MpException.Kind.UNREACHABLE, ex.kind());
        assertTrue(ex.getMessage().startsWith("Materials Project: cannot connect to 127.0.0.1:" + port), ex.getMessage());
    }

    @Test
    void redirectToAnotherServerIsNotFollowedWithTheKey() throws IOException {
        List<String> keysElsewhere = new ArrayList<>();
        com.sun.net.httpserver.HttpServer other = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
        other.createContext("/", ex -> {
            keysElsewhere.add(String.valueOf(ex.getRequestHeaders().getFirst("X-API-KEY")));
            ex.sendResponseHeaders(200, -1);
            ex.close();
        });
        other.start();
        com.sun.net.httpserver.HttpServer redirecting = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
        String target = "http://localhost:" + other.getAddress().getPort() + "/materials/summary/";
        redirecting.createContext("/", ex -> {
            ex.getResponseHeaders().add("Location", target);
            ex.sendResponseHeaders(302, -1);
            ex.close();
        });
        redirecting.start();
        try {
            MpClient c = MpClient.builder(MpApiKey.of(KEY))
                    .endpoint(URI.create("http://127.0.0.1:" + redirecting.getAddress().getPort() + "/")).sleeper(waits::add)
                    .requestTimeout(Duration.ofSeconds(20)).build();
            MpException ex = assertThrows(MpException.class, () -> c.summary(oxides(5), ProgressListener.NONE));
            assertEquals(List.of(), keysElsewhere, "the key must not travel to the server a redirect names");
            assertEquals(MpException.Kind.QUERY_REFUSED, ex.kind());
            assertTrue(ex.getMessage().contains("HTTP 302") && ex.getMessage().contains(target), ex.getMessage());
            assertFalse(ex.getMessage().contains(KEY));
        } finally {
            redirecting.stop(0);
            other.stop(0);
        }
    }

    @Test
    void keyIsCheckedAndHidden() {
        MpApiKey k = MpApiKey.of("  " + KEY + "\n");
        assertEquals("MpApiKey[********]", k.toString());
        assertEquals("a ******** b", k.redact("a " + KEY + " b"));
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, () -> MpApiKey.of("abc def"));
        assertFalse(ex.getMessage().contains("abc"));
        assertThrows(IllegalArgumentException.class, () -> MpApiKey.of(" "));
        assertThrows(IllegalArgumentException.class, () -> MpClient.builder(k).endpoint(URI.create("ftp://x.org/")));
    }
}
