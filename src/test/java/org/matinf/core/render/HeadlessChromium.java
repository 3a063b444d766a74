package org.matinf.core.render;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's headless Chromium for tests of exported web pages: a screenshot, the DOM after the
 * scripts ran, and the requests the page itself made (from Chromium's network log; the browser's
 * own background requests have no initiating origin and are left out). Host names resolve to
 * nothing, so no request leaves the machine. Tests are skipped where {@code /usr/bin/chromium}
 * is missing, unless {@code MATINF_REQUIRE_CHROMIUM=1} (as in CI), where they fail.
 */
final class HeadlessChromium {
    static final Path BINARY = Path.of("/usr/bin/chromium");
    private static final long TIMEOUT_SECONDS = 120;

    private HeadlessChromium() {
    }

    /** Skips the calling test without Chromium, or fails it when CI requires Chromium. */
    static void assumeAvailable() {
        if (Files.isExecutable(BINARY)) {
            return;
        }
        if ("1".equals(System.getenv("MATINF_REQUIRE_CHROMIUM"))) {
            fail(BINARY + " is missing but MATINF_REQUIRE_CHROMIUM=1: install Debian's chromium package");
        }
        Assumptions.abort(BINARY + " is missing (apt-get install chromium); set MATINF_REQUIRE_CHROMIUM=1 to make this a failure");
    }

    /** What loading a page gave. */
    record Visit(BufferedImage screenshot, String dom, List<String> pageRequests) {
    }

    /** Loads the page at 800 × 600 pixels twice: once for a screenshot and the network log, once for the DOM. */
    static Visit visit(Path page, Path work) throws IOException, InterruptedException {
        Path shot = work.resolve("screenshot.png");
        Path netLog = work.resolve("netlog.json");
        run(work, "shot", List.of("--screenshot=" + shot, "--log-net-log=" + netLog), page);
        String dom = run(work, "dom", List.of("--dump-dom"), page);
        BufferedImage image = ImageIO.read(shot.toFile());
        assertTrue(image != null, "no screenshot written");
        return new Visit(image, dom, pageRequests(netLog));
    }

    private static String run(Path work, String name, List<String> extra, Path page) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + Files.createDirectories(work.resolve("profile-" + name)),
                "--host-resolver-rules=MAP * ~NOTFOUND", "--window-size=800,600"));
        cmd.addAll(extra);
        cmd.add(page.toUri().toString());
        Path out = work.resolve(name + ".out");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(work.resolve(name + ".err").toFile()).start();
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            fail("chromium did not finish within " + TIMEOUT_SECONDS + " s");
        }
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    /** URLs of requests that a page started (initiator an origin, "null" for file pages), not the browser itself. */
    static List<String> pageRequests(Path netLog) throws IOException {
        JsonNode root = new ObjectMapper().readTree(netLog.toFile());
        int startJob = root.get("constants").get("logEventTypes").get("URL_REQUEST_START_JOB").asInt();
        List<String> urls = new ArrayList<>();
        for (JsonNode e : root.get("events")) {
            JsonNode params = e.get("params");
            if (e.get("type").asInt() == startJob && params != null && params.has("url")
                    && !"not an origin".equals(params.path("initiator").asText())) {
                urls.add(params.get("url").asText());
            }
        }
        return urls;
    }
}
