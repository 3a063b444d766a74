package org.matinf.core.optimize.campaign;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.matinf.core.optimize.campaign.CampaignData.Experiment;
import org.matinf.core.table.DataTable;

/**
 * A process that works on a campaign file until it is killed (for {@link CampaignCrashTest}).
 * {@code campaign FILE}: propose two experiments, measure them with {@link CampaignTest#lab}, record,
 * print the number of observations, repeat. {@code settings FILE}: change the seed and print it, as
 * fast as it can (so that most kills land in the middle of a write).
 */
public final class CampaignWriter {
    private CampaignWriter() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[1]);
        Campaign c = Campaign.open(file, Clock.systemUTC());
        if (args[0].equals("settings")) {
            for (long seed = c.settings().seed() + 1; ; seed++) {
                CampaignSettings s = c.settings();
                c.settings(new CampaignSettings(s.acquisition(), s.xi(), s.kappa(), s.batch(), s.kernel(), s.restarts(), seed));
                System.out.println(seed);
                System.out.flush();
            }
        }
        Path csv = Files.createTempFile(file.getParent(), "round", ".csv");
        for (;;) {
            List<Experiment> batch = c.propose(2);
            c.writeProposals(csv, batch);
            c.record(DataTable.read(CampaignTest.measure(csv, c)));
            System.out.println(c.observations().size());
            System.out.flush();
        }
    }
}
