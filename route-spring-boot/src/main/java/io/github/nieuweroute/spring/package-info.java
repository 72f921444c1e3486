/**
 * Spring Boot 3.5 and 4 support: {@link io.github.nieuweroute.spring.RouteAutoConfiguration} and
 * {@link io.github.nieuweroute.spring.RouteProblemHandler}.
 */
package io.github.nieuweroute.spring;
