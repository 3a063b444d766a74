package org.matinf.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/**
 * Runs after {@code mvn package} (failsafe, integration-test phase): {@code update-site/build.sh}
 * lays out a site from the real plugin jar and its runtime dependencies, and the site's
 * {@code db.xml.gz} validates against its DTD and against every stored file.
 */
class UpdateSiteIT {
    @TempDir
    Path tmp;

    @Test
    void buildScriptLaysOutAValidSiteFromThePackagedJar() throws Exception {
        Path root = UpdateSiteTest.projectDir();
        Path site = tmp.resolve("site");
        ProcessBuilder pb = new ProcessBuilder("bash", "update-site/build.sh", "--timestamp", "20260101120000")
                .directory(root.toFile()).redirectErrorStream(true);
        pb.environment().put("MATINF_SITE_DIR", site.toString());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "build.sh did not finish");
        assertEquals(0, p.exitValue(), out);

        List<Path> runtime;
        try (Stream<Path> s = Files.list(root.resolve("target/lib"))) {
            runtime = s.filter(f -> f.toString().endsWith(".jar")).toList();
        }
        FijiShipped shipped = FijiShipped.read(root.resolve("update-site/fiji-shipped.txt"));
        Map<String, Element> records = UpdateSiteTest.verifySite(site, shipped);
        // the site holds the plugin jar and exactly the runtime dependencies Fiji does not ship
        // (since issue 5: DJL, PyTorch's engine, JNI and native jars, commons-compress/codec)
        List<String> expected = new ArrayList<>();
        for (Path jar : runtime) {
            if (!shipped.contains(jar.getFileName().toString())) {
                expected.add(UpdateSiteBuilder.sitePath(jar.getFileName().toString()));
            }
        }
        List<String> names = new ArrayList<>(records.keySet());
        List<String> plugin = names.stream().filter(n -> n.matches("jars/matinf-[0-9][^/]*\\.jar")).toList();
        assertEquals(1, plugin.size(), names.toString());
        List<String> others = new ArrayList<>(names);
        others.removeAll(plugin);
        assertEquals(new java.util.TreeSet<>(expected), new java.util.TreeSet<>(others));
        Element version = UpdateSiteTest.child(records.get(plugin.get(0)), "version");
        assertEquals(runtime.size(), XmlElements.children(version, "dependency").size());
    }
}
