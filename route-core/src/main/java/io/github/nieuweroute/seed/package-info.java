/**
 * The cases of the source texts as ready-made situations: Mevrouw de Vries, Esther &amp; Jeffrey, Saartje Wop,
 * gezin Van Dalen before and after the transitions, and Buiting's 17-year-old. Each cites its source lines, keeps
 * what the sources do not say unknown, and lists what is synthetic in {@link
 * io.github.nieuweroute.model.Situation#assumptions()}. See {@link io.github.nieuweroute.seed.SeedCases}.
 */
@RouteStyle
package io.github.nieuweroute.seed;

import io.github.nieuweroute.model.RouteStyle;
