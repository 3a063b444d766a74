package org.matinf.fiji.optimize;

import ij.IJ;
import java.io.File;
import java.io.IOException;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import org.matinf.core.optimize.campaign.Campaign;
import org.matinf.core.optimize.campaign.CampaignData;
import org.matinf.core.optimize.campaign.RecordSummary;
import org.matinf.core.table.DataTable;
import org.matinf.fiji.MatInfCommand;
import org.matinf.fiji.MatInfMenus;
import org.matinf.fiji.diffraction.PatternTables;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.scijava.widget.FileWidget;

/**
 * Records measured results in a Bayesian optimisation campaign: the proposals CSV with the target
 * column filled in (rows still empty are skipped; rows already recorded are skipped), or any CSV
 * with the campaign's variables (or pool identifier) and target. The model is refitted and the
 * campaign written in one atomic step. The Results table gets one row: {@code recorded, matched,
 * skipped_empty, skipped_repeated, observations, best} and the best experiment's variables.
 *
 * <p>Macro: {@code run("Record Experiment Results", "campaign=[/path/synthesis.json] results=[/path/round1.csv]");}
 */
@Plugin(type = Command.class, menuPath = MatInfMenus.OPTIMIZATION + "Record Experiment Results")
public class RecordExperimentResults extends MatInfCommand {
    @Parameter(label = "campaign (JSON file)", style = FileWidget.OPEN_STYLE, persist = false)
    private File campaign;

    @Parameter(label = "results (CSV with the target filled in)", style = FileWidget.OPEN_STYLE, persist = false)
    private File results;

    @Override
    protected void execute() throws IOException {
        Campaign c = Campaign.open(required(campaign, "campaign"), Clock.systemUTC());
        RecordSummary s = c.record(DataTable.read(required(results, "results")));
        CampaignData.Observation best = c.best().orElse(null);
        PatternTables.replaceResults(rt -> {
            rt.showRowNumbers(false);
            rt.incrementCounter();
            rt.addValue("recorded", s.recorded());
            rt.addValue("matched", s.matched());
            rt.addValue("skipped_empty", s.empty());
            rt.addValue("skipped_repeated", s.repeated());
            rt.addValue("observations", c.observations().size());
            rt.addValue("best", best == null ? Double.NaN : best.result());
            if (best != null && best.id() != null) {
                rt.addValue(c.variables().get(0), best.id());
            } else if (best != null) {
                for (Map.Entry<String, Object> e : best.values().entrySet()) {
                    if (e.getValue() instanceof Number n) {
                        rt.addValue(e.getKey(), n.doubleValue());
                    } else {
                        rt.addValue(e.getKey(), String.valueOf(e.getValue()));
                    }
                }
            }
        });
        IJ.log(String.format(Locale.ROOT, "Record Experiment Results: %d new results (%d answering proposals, %d rows without a result, %d already "
                + "recorded) in %s; %d results, best %s = %s; %s", s.recorded(), s.matched(), s.empty(), s.repeated(), c.file().getFileName(),
                c.observations().size(), c.target(), best == null ? "-" : best.result(),
                c.model().map(m -> "model: " + m.kernel() + " on " + m.observations() + " results").orElse("no model yet (fewer than 2 distinct results)")));
    }
}
