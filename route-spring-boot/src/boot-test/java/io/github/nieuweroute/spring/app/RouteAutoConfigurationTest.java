package io.github.nieuweroute.spring.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nieuweroute.json.RouteJsonModule;
import io.github.nieuweroute.rule.RuleSet;
import io.github.nieuweroute.spring.RouteAutoConfiguration;
import io.github.nieuweroute.spring.RouteProblemHandler;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;

/** The auto-configuration's beans, and that an application's own beans replace them. */
class RouteAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(RouteAutoConfiguration.class));

    @Test
    void the_standard_rule_set_and_the_jackson_3_module_are_beans() {
        runner.run(context -> {
            assertThat(context.getBean(RuleSet.class).rules()).isEqualTo(RuleSet.standard().rules());
            assertThat(context).hasSingleBean(RouteJsonModule.class);
            assertThat(context).doesNotHaveBean(RouteProblemHandler.class);
        });
    }

    @Test
    void an_applications_own_rule_set_replaces_the_standard_one() {
        RuleSet own = RuleSet.standard().without("R-01");

        runner.withBean(RuleSet.class, () -> own).run(context -> {
            assertThat(context).hasSingleBean(RuleSet.class);
            assertThat(context.getBean(RuleSet.class)).isSameAs(own);
        });
    }

    @Test
    void a_servlet_web_application_gets_the_problem_handler() {
        new WebApplicationContextRunner().withConfiguration(AutoConfigurations.of(RouteAutoConfiguration.class))
                .run(context -> assertThat(context).hasSingleBean(RouteProblemHandler.class));
    }
}
