package org.matinf.core.optimize.campaign;

import org.matinf.core.optimize.campaign.CampaignData.Experiment;
import org.matinf.core.optimize.campaign.CampaignData.Observation;

/** Checks a campaign file's content after reading, with messages naming the file. */
final class CampaignCheck {
    private CampaignCheck() {
    }

    static void check(String file, CampaignData d) {
        if (d == null || !CampaignData.FORMAT.equals(d.format())) {
            throw new CampaignException(file, 0, "not a MatInf campaign file (no \"format\": \"" + CampaignData.FORMAT + "\")");
        }
        if (d.version() > CampaignData.VERSION) {
            throw new CampaignException(file, 0, "written by a newer MatInf (campaign format version " + d.version() + "); update MatInf");
        }
        if (d.target() == null || d.target().isBlank()) {
            throw new CampaignException(file, 0, "the campaign names no target");
        }
        if ((d.space() == null) == (d.pool() == null)) {
            throw new CampaignException(file, 0, "a campaign needs either a search space or a candidate pool");
        }
        if (d.settings() == null) {
            throw new CampaignException(file, 0, "the campaign has no settings");
        }
        if (d.space() != null && (d.space().parameters() == null || d.space().parameters().isEmpty())) {
            throw new CampaignException(file, 0, "the campaign's search space has no parameters");
        }
        if (d.space() != null) {
            for (CampaignData.Variable v : d.space().parameters()) {
                boolean categorical = v != null && "categorical".equals(v.type());
                if (v == null || v.name() == null || !(categorical || "continuous".equals(v.type()))
                        || (categorical ? v.levels() == null : v.low() == null || v.high() == null)) {
                    throw new CampaignException(file, 0, "search-space variable " + (v == null ? null : v.name())
                            + " is incomplete (name, type continuous with low and high, or categorical with levels)");
                }
            }
        }
        if (d.pool() != null && (d.pool().file() == null || d.pool().id() == null || d.pool().features() == null)) {
            throw new CampaignException(file, 0, "the candidate pool is incomplete (file, id and features are needed)");
        }
        if (d.observations() != null) {
            int i = 0;
            for (Observation o : d.observations()) {
                i++;
                if (!Double.isFinite(o.result()) || (d.pool() == null ? o.values() == null : o.id() == null)) {
                    throw new CampaignException(file, 0, "observation " + i + " is incomplete or has no finite result");
                }
            }
        }
        if (d.proposals() != null) {
            for (Experiment e : d.proposals()) {
                if (e.name() == null || !(CampaignData.PENDING.equals(e.status()) || CampaignData.MEASURED.equals(e.status()))) {
                    throw new CampaignException(file, 0, "proposal " + e.name() + " has no valid status (pending or measured)");
                }
                if (d.pool() == null ? e.values() == null : e.id() == null) {
                    throw new CampaignException(file, 0, "proposal " + e.name() + " names no " + (d.pool() == null ? "values" : "candidate id"));
                }
            }
        }
    }
}
