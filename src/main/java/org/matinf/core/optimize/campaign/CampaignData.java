package org.matinf.core.optimize.campaign;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * The campaign file's content, as written to JSON (see the README for the format). Either
 * {@code space} or {@code pool} is set.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CampaignData(String format, int version, String target, String goal, Space space, Pool pool, CampaignSettings settings,
        List<Observation> observations, List<Experiment> proposals, List<Event> history, Model model) {
    static final String FORMAT = "matinf-campaign";
    static final int VERSION = 1;

    /** One variable: {@code continuous} with low and high, or {@code categorical} with levels. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Variable(String name, String type, Double low, Double high, List<String> levels) {
    }

    /** A search space: variables and linear constraints as text. */
    public record Space(List<Variable> parameters, List<String> constraints) {
    }

    /**
     * A candidate pool: the CSV (absolute path), its identifier column, the feature columns and
     * the number of rows when the campaign began (checked on every use).
     */
    public record Pool(String file, String id, List<String> features, int rows) {
    }

    /** A measurement: the variables' values (space) or the candidate's id (pool), the result, and the proposal it answers. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Observation(String proposal, Map<String, Object> values, String id, double result, String recorded) {
    }

    /**
     * A proposed experiment. {@code predicted}, {@code std} and {@code acquisition} are absent for the
     * space-filling start; {@code status} is {@code pending} or {@code measured}.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Experiment(String name, int round, Map<String, Object> values, String id, Double predicted, Double std, Double acquisition,
            String status, String proposed) {
        Experiment measured() {
            return new Experiment(name, round, values, id, predicted, std, acquisition, MEASURED, proposed);
        }
    }

    /** Status of a proposal not yet measured. */
    public static final String PENDING = "pending";
    /** Status of a measured proposal. */
    public static final String MEASURED = "measured";

    /** One line of the history. */
    public record Event(String time, String event, String detail) {
    }

    /** The model last fitted to the observations. */
    public record Model(int observations, String kernel, double logMarginalLikelihood, String fitted) {
    }
}
