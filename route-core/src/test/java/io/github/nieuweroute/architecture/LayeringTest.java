package io.github.nieuweroute.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The packages of route-core form layers, read from the compiled classes (so a Javadoc link does not count, a real
 * reference does): a package may use only the packages listed for it.
 *
 * <pre>
 * internal                       the JDK only
 * source                         internal
 * model                          source, internal
 * route, effect                  model and below (not each other)
 * rule                           route, effect and below
 * seed                           rule and below
 * sim                            rule and below
 * design                         sim and below
 * </pre>
 *
 * The test also shows that the rule fails: a class of the test sources in {@code model} that uses {@code rule} breaks
 * it.
 */
class LayeringTest {

    private static final String ROOT = "io.github.nieuweroute";

    /** Each package and the library packages it may use, lowest first. */
    private static final Map<String, Set<String>> MAY_USE = new LinkedHashMap<>();

    static {
        MAY_USE.put("internal", Set.of());
        MAY_USE.put("source", Set.of("internal"));
        MAY_USE.put("model", Set.of("source", "internal"));
        MAY_USE.put("route", Set.of("model", "source", "internal"));
        MAY_USE.put("effect", Set.of("model", "source", "internal"));
        MAY_USE.put("rule", Set.of("route", "effect", "model", "source", "internal"));
        MAY_USE.put("seed", Set.of("rule", "route", "effect", "model", "source", "internal"));
        MAY_USE.put("sim", Set.of("rule", "route", "effect", "model", "source", "internal"));
        MAY_USE.put("design", Set.of("sim", "rule", "route", "effect", "model", "source", "internal"));
    }

    private static List<ArchRule> rules() {
        List<ArchRule> rules = new ArrayList<>();
        for (Map.Entry<String, Set<String>> layer : MAY_USE.entrySet()) {
            List<String> forbidden = new ArrayList<>();
            for (String other : MAY_USE.keySet()) {
                if (!other.equals(layer.getKey()) && !layer.getValue().contains(other)) {
                    forbidden.add(ROOT + "." + other);
                }
            }
            rules.add(noClasses().that().resideInAPackage(ROOT + "." + layer.getKey())
                    .should().dependOnClassesThat().resideInAnyPackage(forbidden.toArray(String[]::new))
                    .because(layer.getKey() + " may use only " + (layer.getValue().isEmpty() ? "the JDK"
                            : String.join(", ", layer.getValue())))
                    .allowEmptyShould(true));
        }
        return rules;
    }

    @Test
    void every_package_of_route_core_uses_only_the_layers_below_it() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
        assertThat(classes.stream().map(c -> c.getPackageName()).distinct())
                .as("every package of route-core has a layer")
                .allSatisfy(p -> assertThat(MAY_USE).containsKey(p.substring(ROOT.length() + 1)))
                .hasSize(MAY_USE.size());
        for (ArchRule rule : rules()) {
            rule.check(classes);
        }
    }

    @Test
    void a_lower_package_that_uses_a_higher_one_breaks_the_rule() {
        JavaClasses fixture = new ClassFileImporter().importClasses(
                io.github.nieuweroute.model.LayeringFixture.class);
        List<String> broken = new ArrayList<>();
        for (ArchRule rule : rules()) {
            EvaluationResult result = rule.evaluate(fixture);
            if (result.hasViolation()) {
                broken.addAll(result.getFailureReport().getDetails());
            }
        }
        assertThat(broken).isNotEmpty()
                .allSatisfy(line -> assertThat(line).contains("LayeringFixture", "rule.RuleSet"));
    }
}
