package io.github.nieuweroute.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nieuweroute.json.RouteJsonException.Problem;
import io.github.nieuweroute.model.ModelValidationException;
import org.junit.jupiter.api.Test;

class RouteJsonExceptionTest {

    @Test
    void message_starts_with_the_pointer() {
        RouteJsonException e = new RouteJsonException(Problem.WRONG_TYPE, "/decisions/0/date", "must be a string",
                null);

        assertThat(e.getMessage()).isEqualTo("at /decisions/0/date: must be a string");
        assertThat(e.pointer()).isEqualTo("/decisions/0/date");
        assertThat(e.problem()).isEqualTo(Problem.WRONG_TYPE);
        assertThat(e.cohortLine()).isEmpty();
    }

    @Test
    void message_names_the_root_when_the_pointer_is_empty() {
        RouteJsonException e = new RouteJsonException(Problem.MALFORMED_JSON, "", "the document is empty", null);

        assertThat(e.getMessage()).isEqualTo("at the document root: the document is empty");
    }

    @Test
    void a_cohort_line_is_added_to_the_message_and_kept() {
        RouteJsonException e = new RouteJsonException(Problem.MISSING_FIELD, "/id", "the field is missing", null)
                .inCohortLine(42);

        assertThat(e.cohortLine()).hasValue(42);
        assertThat(e.getMessage()).isEqualTo("at /id (cohort line 42): the field is missing");
        assertThat(e.problem()).isEqualTo(Problem.MISSING_FIELD);
        assertThat(e.pointer()).isEqualTo("/id");
    }

    @Test
    void the_model_problem_comes_from_the_cause() {
        ModelValidationException cause = new ModelValidationException("Exchange", "e1", "receiver",
                ModelValidationException.Problem.INVALID_VALUE, "giver and receiver are different participants");

        RouteJsonException e = new RouteJsonException(Problem.INVALID_MODEL, "/exchanges/0/receiver",
                cause.getMessage(), cause);

        assertThat(e.modelProblem()).contains(ModelValidationException.Problem.INVALID_VALUE);
        assertThat(e.getCause()).isSameAs(cause);
    }

    @Test
    void there_is_no_model_problem_without_a_model_cause() {
        assertThat(new RouteJsonException(Problem.WRONG_TYPE, "", "x", null).modelProblem()).isEmpty();
    }
}
