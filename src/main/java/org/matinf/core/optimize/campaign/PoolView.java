package org.matinf.core.optimize.campaign;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.matinf.core.optimize.bo.CandidatePool;
import org.matinf.core.table.DataTable;

/** A pool campaign's candidate CSV, read and checked against what the campaign recorded when it began. */
record PoolView(CandidatePool pool, String source) {

    static PoolView read(CampaignData.Pool spec, String target) {
        String name = spec.file();
        DataTable t;
        try {
            t = DataTable.read(Path.of(name));
        } catch (org.matinf.core.table.TableException ex) {
            throw new CampaignException(name, ex.line(), "the campaign's candidate pool cannot be read: " + ex.getMessage());
        }
        if (t.rows() != spec.rows()) {
            throw new CampaignException(name, 0, "the candidate pool has " + t.rows() + " rows but had " + spec.rows()
                    + " when the campaign began: restore that file or start a new campaign");
        }
        for (String c : spec.features()) {
            if (!t.has(c) || !t.isNumeric(c)) {
                throw new CampaignException(name, 1, "the candidate pool lost its numeric feature column '" + c + "'");
            }
        }
        if (!t.has(spec.id())) {
            throw new CampaignException(name, 1, "the candidate pool lost its identifier column '" + spec.id() + "'");
        }
        String[] ids = Arrays.stream(t.texts(spec.id())).map(String::strip).toArray(String[]::new);
        try {
            return new PoolView(new CandidatePool(name, List.of(ids), t.matrix(spec.features()), spec.features()), name);
        } catch (IllegalArgumentException ex) {
            throw new CampaignException(name, 0, ex.getMessage().startsWith(name) ? ex.getMessage().substring(name.length() + 2) : ex.getMessage());
        }
    }

    /** Row of a candidate id; @throws CampaignException naming {@code where} if the pool has no such candidate */
    int row(String id, String where) {
        int r = pool.row(id);
        if (r < 0) {
            throw new CampaignException(source, 0, where + ": no candidate '" + id + "' in the pool");
        }
        return r;
    }
}
