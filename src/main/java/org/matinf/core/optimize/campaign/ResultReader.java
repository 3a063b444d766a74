package org.matinf.core.optimize.campaign;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.matinf.core.optimize.campaign.CampaignData.Experiment;
import org.matinf.core.optimize.campaign.CampaignData.Observation;
import org.matinf.core.table.DataTable;

/** Reads measured results from a table into a campaign's observations (see {@link Campaign#record}). */
final class ResultReader {
    private ResultReader() {
    }

    /** Adds the table's results to {@code observations}, marks answered {@code proposals} measured; all-or-nothing. */
    static RecordSummary read(Campaign c, DataTable t, List<Observation> observations, List<Experiment> proposals, String now) {
        String src = t.source();
        if (!t.has(c.target())) {
            throw new CampaignException(src, 1, "no column '" + c.target() + "' with the measured results (columns: " + String.join(", ", t.names()) + ")");
        }
        for (String v : c.variables()) {
            if (!t.has(v)) {
                throw new CampaignException(src, 1, "no column '" + v + "' (the campaign's " + (c.isPool() ? "candidate identifier" : "variable") + ")");
            }
        }
        String[] result = t.texts(c.target());
        String[] names = t.has("proposal") ? t.texts("proposal") : new String[t.rows()];
        Map<String, String[]> cells = new LinkedHashMap<>();
        for (String v : c.variables()) {
            cells.put(v, t.texts(v));
        }
        List<Observation> added = new ArrayList<>();
        List<Experiment> updated = new ArrayList<>(proposals);
        Set<String> answered = new HashSet<>();
        for (Observation o : observations) {
            if (o.proposal() != null) {
                answered.add(o.proposal());
            }
        }
        int empty = 0;
        int repeated = 0;
        int matched = 0;
        for (int r = 0; r < t.rows(); r++) {
            String where = src + ", line " + (r + 2);
            String text = result[r] == null ? "" : result[r].strip();
            if (text.isEmpty() || text.equalsIgnoreCase("nan") || text.equalsIgnoreCase("na")) {
                empty++;
                continue;
            }
            double y;
            try {
                y = Double.parseDouble(text);
            } catch (NumberFormatException ex) {
                throw new CampaignException(src, r + 2, "the result '" + text + "' in column " + c.target() + " is not a number");
            }
            if (!Double.isFinite(y)) {
                throw new CampaignException(src, r + 2, "the result in column " + c.target() + " is not finite");
            }
            String name = names[r] == null || names[r].isBlank() ? null : names[r].strip();
            if (name != null && answered.contains(name)) {
                repeated++;
                continue;
            }
            Map<String, Object> values = new LinkedHashMap<>();
            for (Map.Entry<String, String[]> e : cells.entrySet()) {
                values.put(e.getKey(), e.getValue()[r]);
            }
            String id = null;
            Map<String, Object> described = null;
            try {
                if (c.isPool()) {
                    id = String.valueOf(values.get(c.variables().get(0))).strip();
                    c.checkId(id, where);
                } else {
                    described = c.describe(values, where);
                }
            } catch (IllegalArgumentException ex) {
                throw new CampaignException(src, r + 2, ex.getMessage().replace(where + ": ", ""));
            }
            int index = find(updated, name, id, described, c, src, r + 2);
            if (index >= 0) {
                name = updated.get(index).name();
                updated.set(index, updated.get(index).measured());
                matched++;
            }
            if (name != null) {
                answered.add(name);
            }
            added.add(new Observation(name, described, id, y, now));
        }
        observations.addAll(added);
        proposals.clear();
        proposals.addAll(updated);
        return new RecordSummary(added.size(), matched, empty, repeated);
    }

    /** The pending proposal a row answers: by name when given, else the first pending one with the same point. */
    private static int find(List<Experiment> proposals, String name, String id, Map<String, Object> values, Campaign c, String src, int line) {
        for (int i = 0; i < proposals.size(); i++) {
            Experiment e = proposals.get(i);
            if (name != null) {
                if (e.name().equals(name)) {
                    return CampaignData.PENDING.equals(e.status()) ? i : -1;
                }
            } else if (CampaignData.PENDING.equals(e.status()) && (c.isPool() ? Objects.equals(e.id(), id) : same(e.values(), values, c))) {
                return i;
            }
        }
        if (name != null) {
            throw new CampaignException(src, line, "no proposal named '" + name + "' in this campaign");
        }
        return -1;
    }

    private static boolean same(Map<String, Object> a, Map<String, Object> b, Campaign c) {
        for (Map.Entry<String, Object> e : a.entrySet()) {
            Object other = b.get(e.getKey());
            if (e.getValue() instanceof Number x && other instanceof Number y) {
                if (Math.abs(x.doubleValue() - y.doubleValue()) > 1e-9 * Math.max(1, Math.abs(x.doubleValue()))) {
                    return false;
                }
            } else if (!String.valueOf(e.getValue()).equals(String.valueOf(other))) {
                return false;
            }
        }
        return true;
    }
}
