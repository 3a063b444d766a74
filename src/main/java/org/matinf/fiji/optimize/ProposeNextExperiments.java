package org.matinf.fiji.optimize;

import ij.IJ;
import ij.measure.ResultsTable;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.matinf.core.optimize.bo.Goal;
import org.matinf.core.optimize.bo.SearchSpace;
import org.matinf.core.optimize.campaign.Campaign;
import org.matinf.core.optimize.campaign.CampaignData.Experiment;
import org.matinf.core.optimize.campaign.CampaignSettings;
import org.matinf.core.table.DataTable;
import org.matinf.fiji.MatInfCommand;
import org.matinf.fiji.MatInfMenus;
import org.matinf.fiji.diffraction.PatternTables;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.scijava.widget.FileWidget;

/**
 * Proposes the next experiments of a Bayesian optimisation campaign. A new campaign file is
 * started from {@code target}, {@code goal} and either {@code parameters} (a search space) or
 * {@code pool} (a candidate CSV); an existing one is continued. The proposals are added to the
 * campaign as pending, written to a CSV for the lab (with an empty target column to fill in) and
 * listed in the Results table.
 *
 * <p>Macro: {@code run("Propose Next Experiments", "campaign=[/path/synthesis.json] target=yield goal=maximize
 * parameters=[T:400:800, time:0.5:6, solvent:{water|ethanol|toluene}] count=4 output=[/path/round1.csv]");}
 */
@Plugin(type = Command.class, menuPath = MatInfMenus.OPTIMIZATION + "Propose Next Experiments")
public class ProposeNextExperiments extends MatInfCommand {
    @Parameter(label = "campaign (JSON file; created if new)", style = FileWidget.SAVE_STYLE, persist = false)
    private File campaign;

    @Parameter(label = "target (new campaign: the measured quantity)", required = false, persist = false)
    private String target = "";

    @Parameter(label = "goal (maximize or minimize; empty keeps the campaign's)", required = false, persist = false)
    private String goal = "";

    @Parameter(label = "parameters (new campaign: name:low:high, name:{a|b|c}, ...)", required = false, persist = false)
    private String parameters = "";

    @Parameter(label = "constraints (new campaign: a*x + b*y <= c; ...)", required = false, persist = false)
    private String constraints = "";

    @Parameter(label = "pool (new campaign: candidate CSV instead of parameters)", style = FileWidget.OPEN_STYLE, required = false, persist = false)
    private File pool;

    @Parameter(label = "id (identifier column of the pool)", required = false, persist = false)
    private String id = "formula";

    @Parameter(label = "count (experiments to propose)", min = "1", persist = false)
    private int count = 4;

    @Parameter(label = "acquisition (EI, PI, UCB, LCB, TS; empty keeps the campaign's)", required = false, persist = false)
    private String acquisition = "";

    @Parameter(label = "batch (believer or penalization; empty keeps)", required = false, persist = false)
    private String batch = "";

    @Parameter(label = "xi (EI/PI margin, target units; empty keeps)", required = false, persist = false)
    private String xi = "";

    @Parameter(label = "kappa (confidence-bound width; empty keeps)", required = false, persist = false)
    private String kappa = "";

    @Parameter(label = "kernel (e.g. Matern52, Matern52+White; empty keeps)", required = false, persist = false)
    private String kernel = "";

    @Parameter(label = "seed (empty keeps)", required = false, persist = false)
    private String seed = "";

    @Parameter(label = "output (proposals CSV; default beside the campaign)", style = FileWidget.SAVE_STYLE, required = false, persist = false)
    private File output;

    @Override
    protected void execute() throws IOException {
        Path file = required(campaign, "campaign");
        if (output != null && !output.getPath().isBlank() && output.toPath().toAbsolutePath().normalize().equals(file.toAbsolutePath().normalize())) {
            throw new IllegalArgumentException("output " + output + " is the campaign file: give the proposals CSV another name");
        }
        Campaign c = Files.exists(file) ? continued(file) : started(file);
        c.settings(settings(c.settings()));
        List<Experiment> made = c.propose(count);
        Path csv = output != null && !output.getPath().isBlank() ? output.toPath()
                : file.resolveSibling(stem(file) + "-round" + made.get(0).round() + ".csv");
        c.writeProposals(csv, made);
        DataTable t = c.proposalTable(csv.toString(), made);
        PatternTables.replaceResults(rt -> fill(rt, t, c.target()));
        IJ.log(String.format(Locale.ROOT, "Propose Next Experiments: %d proposals (round %d, %s) for %s written to %s; %d results recorded so far",
                made.size(), made.get(0).round(), made.get(0).acquisition() == null ? "space-filling start" : c.settings().acquisition(),
                file.getFileName(), csv, c.observations().size()));
    }

    private Campaign continued(Path file) {
        Campaign c = Campaign.open(file, Clock.systemUTC());
        if (!blank(target) && !target.strip().equals(c.target())) {
            throw new IllegalArgumentException(file + " optimises " + c.target() + ", not " + target.strip() + ": leave target empty or start a new campaign file");
        }
        if (!blank(goal) && Goal.parse(goal) != c.goal()) {
            throw new IllegalArgumentException(file + " is set to " + c.goal() + " " + c.target() + ": leave goal empty or start a new campaign file");
        }
        if (!blank(parameters) || !blank(constraints) || (pool != null && !pool.getPath().isBlank())) {
            throw new IllegalArgumentException(file + " exists already and keeps its own search space: leave parameters, constraints and pool empty, "
                    + "or give a new campaign file");
        }
        return c;
    }

    private Campaign started(Path file) throws IOException {
        if (blank(target)) {
            throw new IllegalArgumentException("new campaign " + file.getFileName() + ": give the target (the measured quantity), e.g. target=yield");
        }
        Goal g = blank(goal) ? Goal.MAXIMIZE : Goal.parse(goal);
        CampaignSettings s = settings(CampaignSettings.DEFAULT);
        boolean hasPool = pool != null && !pool.getPath().isBlank();
        if (hasPool == !blank(parameters)) {
            throw new IllegalArgumentException("new campaign " + file.getFileName() + ": give either parameters=[name:low:high, ...] or pool=[candidates.csv]");
        }
        if (hasPool) {
            return Campaign.createPool(file, target.strip(), g, pool.toPath(), id.strip(), s, Clock.systemUTC());
        }
        return Campaign.create(file, target.strip(), g, SearchSpace.parse(parameters, constraints), s, Clock.systemUTC());
    }

    /** The given settings over {@code base}: empty fields keep its values. */
    private CampaignSettings settings(CampaignSettings base) {
        return new CampaignSettings(blank(acquisition) ? base.acquisition() : acquisition.strip(), blank(xi) ? base.xi() : number(xi, "xi"),
                blank(kappa) ? base.kappa() : number(kappa, "kappa"), blank(batch) ? base.batch() : batch.strip(),
                blank(kernel) ? base.kernel() : kernel.strip(), base.restarts(), blank(seed) ? base.seed() : (long) number(seed, "seed"));
    }

    private static double number(String text, String key) {
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException ex) {
            throw new IllegalArgumentException(key + " must be a number, got '" + text + "'");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String stem(Path file) {
        String n = file.getFileName().toString();
        return n.toLowerCase(Locale.ROOT).endsWith(".json") ? n.substring(0, n.length() - 5) : n;
    }

    /** The proposals table, without the empty target column. */
    static void fill(ResultsTable rt, DataTable t, String target) {
        rt.showRowNumbers(false);
        for (int r = 0; r < t.rows(); r++) {
            rt.incrementCounter();
            for (String n : t.names()) {
                if (n.equals(target)) {
                    continue;
                }
                if (t.isNumeric(n)) {
                    rt.addValue(n, t.numbers(n)[r]);
                } else {
                    rt.addValue(n, t.texts(n)[r]);
                }
            }
        }
    }
}
