/** The Jackson 2 module of the Nieuwe Route JSON format: {@link io.github.nieuweroute.jackson2.RouteJackson2Module}. */
package io.github.nieuweroute.jackson2;
