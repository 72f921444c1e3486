package io.github.nieuweroute.spring;

import io.github.nieuweroute.jackson2.RouteJackson2Module;
import io.github.nieuweroute.json.RouteJsonModule;
import io.github.nieuweroute.rule.RuleSet;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Spring Boot auto-configuration of the Nieuwe Route library, for Boot 3.5 (Jackson 2) and Boot 4 (Jackson 3):
 *
 * <ul>
 *   <li>the JSON module of the application's Jackson as a bean, which Boot registers with its mapper: the Jackson 3
 *       {@link RouteJsonModule} always, the Jackson 2 {@link RouteJackson2Module} when {@code route-jackson2} is on
 *       the class path (add it on Boot 3), so {@code @RequestBody Situation} and a returned {@code Report} work;</li>
 *   <li>{@link RuleSet#standard()} as a bean that an application's own {@code RuleSet} bean replaces;</li>
 *   <li>in a servlet web application, {@link RouteProblemHandler}: invalid input is answered with HTTP 400
 *       {@code application/problem+json}.</li>
 * </ul>
 *
 * <p>Each bean backs off when the application defines one of the same type.
 */
@AutoConfiguration
public class RouteAutoConfiguration {

    /** Creates the configuration; Spring calls it. */
    public RouteAutoConfiguration() {}

    /**
     * Returns the standard rule set, unless the application defines a {@code RuleSet} of its own.
     *
     * @return the standard rule set, never null
     */
    @Bean
    @ConditionalOnMissingBean
    public RuleSet routeRuleSet() {
        return RuleSet.standard();
    }

    /**
     * Returns the handler that answers invalid input with problem details.
     *
     * @return the handler, never null
     */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnClass(name = "org.springframework.web.servlet.DispatcherServlet")
    public RouteProblemHandler routeProblemHandler() {
        return new RouteProblemHandler();
    }

    /** The Jackson 3 module, which Spring Boot 4 registers with its {@code JsonMapper}. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "tools.jackson.databind.JacksonModule")
    public static class Jackson3 {

        /** Creates the configuration; Spring calls it. */
        public Jackson3() {}

        /**
         * Returns the Jackson 3 module of the format, unless the application defines one.
         *
         * @return the module, never null
         */
        @Bean
        @ConditionalOnMissingBean
        public RouteJsonModule routeJsonModule() {
            return new RouteJsonModule();
        }
    }

    /** The Jackson 2 module, which Spring Boot 3 registers with its {@code ObjectMapper}. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = {"com.fasterxml.jackson.databind.Module",
        "io.github.nieuweroute.jackson2.RouteJackson2Module"})
    public static class Jackson2 {

        /** Creates the configuration; Spring calls it. */
        public Jackson2() {}

        /**
         * Returns the Jackson 2 module of the format, unless the application defines one.
         *
         * @return the module, never null
         */
        @Bean
        @ConditionalOnMissingBean
        public RouteJackson2Module routeJackson2Module() {
            return new RouteJackson2Module();
        }
    }
}
