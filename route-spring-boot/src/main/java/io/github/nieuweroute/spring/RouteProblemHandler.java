package io.github.nieuweroute.spring;

import io.github.nieuweroute.json.RouteJsonException;
import io.github.nieuweroute.model.ModelValidationException;
import io.github.nieuweroute.rule.Language;
import java.net.URI;
import java.util.Locale;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers invalid input with HTTP 400 and an RFC 9457 problem document ({@code application/problem+json}) instead
 * of a 500 with a stack trace: {@link RouteJsonException} (also when Jackson wraps it, for a situation nested in the
 * application's own request type) and {@link ModelValidationException}.
 *
 * <pre>{@code
 * {"type": "urn:nieuweroute:problem:unknown-field", "title": "Unknown field", "status": 400,
 *  "detail": "The format has no such field here.", "code": "UNKNOWN_FIELD", "pointer": "/participants/0/age"}
 * }</pre>
 *
 * <p>The title and detail are in Dutch or English after the request's {@code Accept-Language}. The document carries
 * the problem code, the JSON Pointer (for a model problem, the kind of object and the field) and never a value from
 * the input: not the exception's message, which cites ids. The rejection is logged at DEBUG, without a stack trace.
 *
 * <p>This class is immutable and thread-safe.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
public class RouteProblemHandler {

    private static final Logger LOG = LoggerFactory.getLogger(RouteProblemHandler.class);
    private static final String BUNDLE = "io.github.nieuweroute.spring.problems";
    private static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

    /** Creates the handler; the auto-configuration does. */
    public RouteProblemHandler() {}

    /**
     * Answers a JSON input problem.
     *
     * @param e the problem, not null
     * @param locale the request's locale, not null
     * @return the 400 answer with the problem document, never null
     */
    @ExceptionHandler(RouteJsonException.class)
    public ResponseEntity<ProblemDetail> invalidJson(RouteJsonException e, Locale locale) {
        LOG.debug("Rejected JSON input: {} at {}", e.problem(), e.pointer());
        ProblemDetail problem = problem(e.problem().name(), locale);
        problem.setProperty("pointer", e.pointer());
        e.modelProblem().ifPresent(p -> problem.setProperty("modelProblem", p.name()));
        return ResponseEntity.badRequest().contentType(PROBLEM_JSON).body(problem);
    }

    /**
     * Answers a model that breaks a structural invariant, built by the application from its own input.
     *
     * @param e the problem, not null
     * @param locale the request's locale, not null
     * @return the 400 answer with the problem document, never null
     */
    @ExceptionHandler(ModelValidationException.class)
    public ResponseEntity<ProblemDetail> invalidModel(ModelValidationException e, Locale locale) {
        LOG.debug("Rejected model: {} of {} at {}", e.problem(), e.objectType(), e.field());
        ProblemDetail problem = problem(RouteJsonException.Problem.INVALID_MODEL.name(), locale);
        problem.setProperty("modelProblem", e.problem().name());
        problem.setProperty("objectType", e.objectType());
        problem.setProperty("field", e.field());
        return ResponseEntity.badRequest().contentType(PROBLEM_JSON).body(problem);
    }

    private static ProblemDetail problem(String code, Locale locale) {
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, Language.of(locale).locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                texts.getString("detail." + code));
        problem.setType(URI.create("urn:nieuweroute:problem:" + code.toLowerCase(Locale.ROOT).replace('_', '-')));
        problem.setTitle(texts.getString("title." + code));
        problem.setProperty("code", code);
        return problem;
    }
}
