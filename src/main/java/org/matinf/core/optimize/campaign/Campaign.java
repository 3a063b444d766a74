package org.matinf.core.optimize.campaign;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.matinf.core.io.AtomicFiles;
import org.matinf.core.optimize.bo.CandidatePool;
import org.matinf.core.optimize.bo.Goal;
import org.matinf.core.optimize.bo.LinearConstraint;
import org.matinf.core.optimize.bo.Parameter;
import org.matinf.core.optimize.bo.Proposal;
import org.matinf.core.optimize.bo.Proposer;
import org.matinf.core.optimize.bo.SearchSpace;
import org.matinf.core.optimize.campaign.CampaignData.Event;
import org.matinf.core.optimize.campaign.CampaignData.Experiment;
import org.matinf.core.optimize.campaign.CampaignData.Observation;
import org.matinf.core.optimize.campaign.CampaignData.Variable;
import org.matinf.core.optimize.gp.GaussianProcess;
import org.matinf.core.optimize.gp.GpSettings;
import org.matinf.core.optimize.gp.Kernels;
import org.matinf.core.table.DataTable;

/**
 * A human-in-the-loop Bayesian optimisation campaign kept in one JSON file: what is optimised
 * (target, goal, search space or candidate pool), how proposals are made, every measurement,
 * every proposal and a history. Each change is written at once and atomically (temporary file,
 * then rename), so a crash or a killed process leaves the last complete state, and reopening the
 * file resumes the campaign.
 */
public final class Campaign {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    /** Column names of the proposals CSV besides the variables and the target. */
    public static final List<String> RESERVED = List.of("proposal", "round", "predicted", "std", "acquisition");
    private final Path file;
    private final Clock clock;
    private final String target;
    private final Goal goal;
    private final CampaignData.Space spaceSpec;
    private final CampaignData.Pool poolSpec;
    private final SearchSpace space;
    private CampaignSettings settings;
    private final List<Observation> observations;
    private final List<Experiment> proposals;
    private final List<Event> history;
    private CampaignData.Model model;

    private Campaign(Path file, Clock clock, CampaignData d) {
        this.file = file;
        this.clock = clock;
        this.target = d.target();
        this.goal = Goal.parse(d.goal());
        this.spaceSpec = d.space();
        this.poolSpec = d.pool();
        this.space = d.space() == null ? null : toSpace(d.space());
        this.settings = d.settings();
        this.observations = new ArrayList<>(d.observations() == null ? List.of() : d.observations());
        this.proposals = new ArrayList<>(d.proposals() == null ? List.of() : d.proposals());
        this.history = new ArrayList<>(d.history() == null ? List.of() : d.history());
        this.model = d.model();
    }

    /**
     * Starts a campaign over a search space and writes its file.
     *
     * @throws IllegalArgumentException if the file exists already (a campaign is never overwritten)
     */
    public static Campaign create(Path file, String target, Goal goal, SearchSpace space, CampaignSettings settings, Clock clock)
            throws IOException {
        List<Variable> vars = new ArrayList<>();
        for (Parameter p : space.parameters()) {
            vars.add(p instanceof Parameter.Continuous c ? new Variable(c.name(), "continuous", c.low(), c.high(), null)
                    : new Variable(p.name(), "categorical", null, null, ((Parameter.Categorical) p).levels()));
        }
        CampaignData.Space spec = new CampaignData.Space(vars, space.constraints().stream().map(LinearConstraint::text).toList());
        return start(file, target, goal, spec, null, settings, clock, space.parameters().size() + " variables");
    }

    /**
     * Starts a campaign over the rows of a candidate CSV (features: its numeric columns other than
     * the target and the identifier) and writes its file.
     */
    public static Campaign createPool(Path file, String target, Goal goal, Path poolFile, String idColumn, CampaignSettings settings,
            Clock clock) throws IOException {
        DataTable t = DataTable.read(poolFile);
        if (!t.has(idColumn)) {
            throw new CampaignException(poolFile.toString(), 1, "no identifier column '" + idColumn + "' (columns: " + String.join(", ", t.names()) + ")");
        }
        List<String> features = t.numericNames(List.of(target, idColumn));
        if (features.isEmpty()) {
            throw new CampaignException(poolFile.toString(), 1, "no numeric feature columns besides '" + target + "' and '" + idColumn + "'");
        }
        CampaignData.Pool spec = new CampaignData.Pool(poolFile.toAbsolutePath().normalize().toString(), idColumn, features, t.rows());
        Campaign c = new Campaign(file, clock, data(target, goal, null, spec, settings));
        c.pool();
        return c.begin(t.rows() + " candidates, " + features.size() + " features");
    }

    private static Campaign start(Path file, String target, Goal goal, CampaignData.Space space, CampaignData.Pool pool, CampaignSettings settings,
            Clock clock, String what) throws IOException {
        return new Campaign(file, clock, data(target, goal, space, pool, settings)).begin(what);
    }

    private Campaign begin(String what) throws IOException {
        if (Files.exists(file)) {
            throw new IllegalArgumentException(file + " exists already: open it to continue that campaign, or choose a new file");
        }
        if (target == null || target.isBlank()) {
            throw new IllegalArgumentException("a campaign needs the name of its target (the measured quantity)");
        }
        List<String> names = new ArrayList<>(variables());
        names.addAll(RESERVED);
        if (names.contains(target.strip())) {
            throw new IllegalArgumentException("the target may not be called '" + target.strip() + "': that name is taken by a variable or by "
                    + "the proposals CSV (" + String.join(", ", RESERVED) + ")");
        }
        if (variables().stream().anyMatch(RESERVED::contains)) {
            throw new IllegalArgumentException("a variable may not be called " + String.join(", ", RESERVED) + ": the proposals CSV uses those names");
        }
        event("created", goal + " " + target + " over " + what);
        save();
        return this;
    }

    private static CampaignData data(String target, Goal goal, CampaignData.Space space, CampaignData.Pool pool, CampaignSettings settings) {
        return new CampaignData(CampaignData.FORMAT, CampaignData.VERSION, target == null ? null : target.strip(), goal.toString(), space, pool,
                settings, List.of(), List.of(), List.of(), null);
    }

    /**
     * Opens a campaign file.
     *
     * @throws CampaignException naming the file (and line) when it is missing, not JSON or not a valid campaign
     */
    public static Campaign open(Path file, Clock clock) {
        String name = file.toString();
        if (!Files.isRegularFile(file)) {
            throw new CampaignException(name, 0, Files.exists(file) ? "not a file" : "no such campaign file");
        }
        CampaignData d;
        try {
            d = JSON.readValue(Files.readString(file, StandardCharsets.UTF_8), CampaignData.class);
        } catch (JsonProcessingException ex) {
            int line = ex.getLocation() == null ? 0 : ex.getLocation().getLineNr();
            throw new CampaignException(name, line, "not a valid campaign file (" + ex.getOriginalMessage().lines().findFirst().orElse("") + ")");
        } catch (MalformedInputException ex) {
            throw new CampaignException(name, 0, "not UTF-8 text");
        } catch (IOException ex) {
            throw new CampaignException(name, 0, "unreadable (" + ex.getMessage() + ")");
        }
        CampaignCheck.check(name, d);
        try {
            return new Campaign(file, clock, d);
        } catch (IllegalArgumentException ex) {
            throw new CampaignException(name, 0, ex.getMessage());
        }
    }

    private static SearchSpace toSpace(CampaignData.Space s) {
        List<Parameter> ps = new ArrayList<>();
        for (Variable v : s.parameters()) {
            ps.add("categorical".equals(v.type()) ? new Parameter.Categorical(v.name(), v.levels())
                    : new Parameter.Continuous(v.name(), v.low(), v.high()));
        }
        List<LinearConstraint> cs = new ArrayList<>();
        for (String c : s.constraints() == null ? List.<String>of() : s.constraints()) {
            cs.add(LinearConstraint.parse(c, ps));
        }
        return new SearchSpace(ps, cs);
    }

    /** The candidate pool, read from its CSV and checked against the campaign. */
    private PoolView pool() {
        return PoolView.read(poolSpec, target);
    }

    /** The campaign file. */
    public Path file() {
        return file;
    }

    /** The measured quantity. */
    public String target() {
        return target;
    }

    /** Maximise or minimise. */
    public Goal goal() {
        return goal;
    }

    /** The search space, or null for a pool campaign. */
    public SearchSpace space() {
        return space;
    }

    /** Whether the campaign chooses among the rows of a candidate CSV. */
    public boolean isPool() {
        return poolSpec != null;
    }

    /** The columns that identify an experiment: the variables' names, or the pool's identifier column. */
    public List<String> variables() {
        return isPool() ? List.of(poolSpec.id()) : spaceSpec.parameters().stream().map(Variable::name).toList();
    }

    /** How proposals are made. */
    public CampaignSettings settings() {
        return settings;
    }

    /** The measurements, oldest first. */
    public List<Observation> observations() {
        return List.copyOf(observations);
    }

    /** Every proposal made, oldest first. */
    public List<Experiment> proposals() {
        return List.copyOf(proposals);
    }

    /** Proposals not yet measured. */
    public List<Experiment> pending() {
        return proposals.stream().filter(e -> CampaignData.PENDING.equals(e.status())).toList();
    }

    /** The history, oldest first. */
    public List<Event> history() {
        return List.copyOf(history);
    }

    /** The model fitted at the last recording, if any. */
    public Optional<CampaignData.Model> model() {
        return Optional.ofNullable(model);
    }

    /** The best measurement so far. */
    public Optional<Observation> best() {
        return observations.stream().reduce((a, b) -> goal.sign() * b.result() > goal.sign() * a.result() ? b : a);
    }

    /** Changes how later proposals are made (noted in the history when it differs). */
    public void settings(CampaignSettings s) throws IOException {
        if (!s.equals(settings)) {
            settings = s;
            event("settings", s.toString().replace("CampaignSettings", ""));
            save();
        }
    }

    /**
     * Proposes {@code count} experiments (pending proposals count as points already chosen), adds
     * them to the file as pending and returns them.
     */
    public List<Experiment> propose(int count) throws IOException {
        int round = proposals.stream().mapToInt(Experiment::round).max().orElse(0) + 1;
        double[] y = observations.stream().mapToDouble(Observation::result).toArray();
        List<Experiment> made = new ArrayList<>();
        String now = now();
        if (isPool()) {
            PoolView pv = pool();
            int[] tested = observations.stream().mapToInt(o -> pv.row(o.id(), "observation")).toArray();
            int[] waiting = pending().stream().mapToInt(e -> pv.row(e.id(), "pending proposal")).toArray();
            Proposer.Settings ps = settings.proposer(goal, pv.pool().encodedWidth(), false, round);
            for (Proposal p : Proposer.fromPool(pv.pool(), tested, y, waiting, count, ps)) {
                made.add(experiment(round, made.size() + 1, null, pv.pool().id(p.row()), p, now));
            }
        } else {
            double[][] measured = observations.stream().map(o -> space.point(o.values(), file + ", observation " + o.proposal())).toArray(double[][]::new);
            double[][] waiting = pending().stream().map(e -> space.point(e.values(), file + ", proposal " + e.name())).toArray(double[][]::new);
            Proposer.Settings ps = settings.proposer(goal, space.encodedWidth(), true, round);
            for (Proposal p : Proposer.inSpace(space, measured, y, waiting, count, ps)) {
                made.add(experiment(round, made.size() + 1, space.describe(p.point()), null, p, now));
            }
        }
        if (made.isEmpty()) {
            throw new IllegalArgumentException("nothing left to propose: every candidate of the pool is measured or pending");
        }
        proposals.addAll(made);
        event("proposed", made.size() + " experiments in round " + round + " (" + (made.get(0).acquisition() == null ? "space-filling start"
                : settings.acquisition() + ", " + settings.batch()) + ")");
        save();
        return made;
    }

    private Experiment experiment(int round, int k, Map<String, Object> values, String id, Proposal p, String now) {
        return new Experiment("R" + round + "-" + k, round, values, id, p.initial() ? null : p.mean(), p.initial() ? null : p.std(),
                p.initial() ? null : p.acquisition(), CampaignData.PENDING, now);
    }

    /**
     * Records measured results from a table (the proposals CSV with the target filled in, or any
     * table with the variables' columns and the target): rows without a result are skipped, a row
     * naming a proposal already recorded is skipped (so recording the same file twice is harmless),
     * matching pending proposals become measured. Then the model is refitted and everything is
     * written in one atomic step.
     */
    public RecordSummary record(DataTable results) throws IOException {
        RecordSummary summary = ResultReader.read(this, results, observations, proposals, now());
        if (summary.recorded() > 0) {
            event("recorded", summary.recorded() + " results from " + Path.of(results.source()).getFileName() + " (" + summary.matched()
                    + " answering proposals)");
            refit();
        }
        save();
        return summary;
    }

    /** Point of a table row in the campaign's terms, for the result reader: values by variable, or the pool id. */
    Map<String, Object> describe(Map<String, Object> values, String where) {
        if (isPool()) {
            return values;
        }
        return space.describe(space.point(values, where));
    }

    /** Checks that a pool id exists (result reader). */
    void checkId(String id, String where) {
        pool().row(id, where);
    }

    private void refit() {
        if (observations.size() < Proposer.MINIMUM_OBSERVATIONS) {
            return;
        }
        double[][] x;
        int width;
        if (isPool()) {
            PoolView pv = pool();
            x = observations.stream().map(o -> pv.pool().encoded(pv.row(o.id(), "observation"))).toArray(double[][]::new);
            width = pv.pool().encodedWidth();
        } else {
            x = observations.stream().map(o -> space.encode(space.point(o.values(), "observation"))).toArray(double[][]::new);
            width = space.encodedWidth();
        }
        double[] y = observations.stream().mapToDouble(Observation::result).toArray();
        try {
            GaussianProcess gp = GaussianProcess.fit(x, y, settings.gp(width, !isPool()));
            model = new CampaignData.Model(y.length, gp.kernel().toString(), gp.logMarginalLikelihood(), now());
            event("model", "refitted to " + y.length + " results: " + gp.kernel());
        } catch (IllegalArgumentException ex) {
            event("model", "not refitted: " + ex.getMessage());
        }
    }

    /**
     * Writes proposals as a CSV for the lab: {@code proposal, round}, the variables (or the pool
     * id), {@code predicted, std, acquisition} and an empty target column to fill in.
     */
    public void writeProposals(Path csv, List<Experiment> list) throws IOException {
        proposalTable(csv.toString(), list).write(csv);
    }

    /** The proposals as a table (the columns {@link #writeProposals} writes). */
    public DataTable proposalTable(String source, List<Experiment> list) {
        int n = list.size();
        DataTable.Builder b = DataTable.builder(source)
                .texts("proposal", list.stream().map(Experiment::name).toArray(String[]::new))
                .numbers("round", list.stream().mapToDouble(Experiment::round).toArray());
        if (isPool()) {
            b.texts(poolSpec.id(), list.stream().map(Experiment::id).toArray(String[]::new));
        } else {
            for (Variable v : spaceSpec.parameters()) {
                if ("categorical".equals(v.type())) {
                    b.texts(v.name(), list.stream().map(e -> String.valueOf(e.values().get(v.name()))).toArray(String[]::new));
                } else {
                    b.numbers(v.name(), list.stream().mapToDouble(e -> ((Number) e.values().get(v.name())).doubleValue()).toArray());
                }
            }
        }
        return b.numbers("predicted", orNaN(list, Experiment::predicted))
                .numbers("std", orNaN(list, Experiment::std))
                .numbers("acquisition", orNaN(list, Experiment::acquisition))
                .texts(target, java.util.Collections.nCopies(n, "").toArray(String[]::new))
                .build();
    }

    private static double[] orNaN(List<Experiment> list, java.util.function.Function<Experiment, Double> f) {
        return list.stream().mapToDouble(e -> f.apply(e) == null ? Double.NaN : f.apply(e)).toArray();
    }

    private void event(String what, String detail) {
        history.add(new Event(now(), what, detail));
    }

    private String now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** Writes the whole campaign atomically. */
    private void save() throws IOException {
        CampaignData d = new CampaignData(CampaignData.FORMAT, CampaignData.VERSION, target, goal.toString(), spaceSpec, poolSpec, settings,
                observations, proposals, history, model);
        AtomicFiles.writeString(file, JSON.writeValueAsString(d) + "\n");
    }
}
