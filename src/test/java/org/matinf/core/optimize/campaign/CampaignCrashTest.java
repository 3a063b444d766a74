package org.matinf.core.optimize.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matinf.core.optimize.bo.Goal;
import org.matinf.core.optimize.bo.SearchSpace;

/**
 * Kills processes that are writing a campaign (SIGKILL, at random moments) and checks that the
 * file always opens with the last complete state, and that the campaign resumes from it.
 */
class CampaignCrashTest {
    @TempDir
    Path dir;

    private Process start(String mode, Path file) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        return new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"), CampaignWriter.class.getName(), mode, file.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** Reads the child's lines until {@code lines} have come, kills it, and returns the last line. */
    private static long killAfter(Process p, int lines) throws Exception {
        long last = -1;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (int i = 0; i < lines; i++) {
                String line = in.readLine();
                if (line == null) {
                    throw new AssertionError("the writer stopped by itself after " + i + " lines");
                }
                last = Long.parseLong(line.strip());
            }
            p.destroyForcibly();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        }
        return last;
    }

    @Test
    void aKilledCampaignResumesFromItsLastCompleteRecording() throws Exception {
        Path file = dir.resolve("synthesis.json");
        Campaign.create(file, "yield", Goal.MAXIMIZE, SearchSpace.parse("T:400:800, time:0.5:6, solvent:{water|ethanol|toluene}", null),
                CampaignSettings.DEFAULT, CampaignTest.CLOCK);
        Random random = new Random(7);
        long before = 0;
        for (int kill = 0; kill < 3; kill++) {
            long printed = killAfter(start("campaign", file), 2 + random.nextInt(3));
            Campaign c = Campaign.open(file, CampaignTest.CLOCK);
            long n = c.observations().size();
            // the last printed count was saved; at most one more recording may have finished before the kill
            assertTrue(n == printed || n == printed + 2, "after kill " + kill + ": " + n + " observations, last printed " + printed);
            assertTrue(n > before, "no progress across restarts");
            before = n;
            // every observation answers a proposal, and no proposal is measured without its observation
            long measured = c.proposals().stream().filter(e -> CampaignData.MEASURED.equals(e.status())).count();
            assertEquals(n, measured);
        }
    }

    @Test
    void killsInTheMiddleOfWritesLeaveAValidFile() throws Exception {
        Path file = dir.resolve("big.json");
        // no restarts: the model refit after recording the long history below stays quick
        CampaignSettings quick = new CampaignSettings("EI", 0.01, 2, "believer", "Matern52", 0, 0);
        Campaign c = Campaign.create(file, "yield", Goal.MAXIMIZE, SearchSpace.parse("T:400:800, time:0.5:6, solvent:{water|ethanol|toluene}", null),
                quick, CampaignTest.CLOCK);
        // make the file large (~100 kB) so that a kill often lands inside a write
        StringBuilder sb = new StringBuilder("T,time,solvent,yield\n");
        Random r = new Random(1);
        String[] solvents = {"water", "ethanol", "toluene"};
        for (int i = 0; i < 600; i++) {
            sb.append(400 + 400 * r.nextDouble()).append(',').append(0.5 + 5.5 * r.nextDouble()).append(',').append(solvents[i % 3]).append(',')
                    .append(r.nextGaussian()).append('\n');
        }
        Path res = dir.resolve("history.csv");
        Files.writeString(res, sb.toString());
        c.record(org.matinf.core.table.DataTable.read(res));
        assertTrue(Files.size(file) > 80_000, "campaign file only " + Files.size(file) + " bytes");
        for (int kill = 0; kill < 4; kill++) {
            long printed = killAfter(start("settings", file), 5 + r.nextInt(40));
            Campaign after = Campaign.open(file, CampaignTest.CLOCK);
            long seed = after.settings().seed();
            assertTrue(seed == printed || seed == printed + 1, "seed " + seed + " after the writer printed " + printed);
            assertEquals(600, after.observations().size());
        }
        List<Path> left = Files.list(dir).filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
        // temporary files of killed writes may stay behind; they never replace the campaign
        assertTrue(left.size() <= 4, "temporary files: " + left);
    }
}
