/**
 * Route classification: whether a decision, and a situation over time, follows the old route (oude route), the
 * dead-end route (doodlopende route) or the Nieuwe Route, with machine-readable reasons. See
 * {@link io.github.nieuweroute.route.RouteClassifier}.
 */
@RouteStyle
package io.github.nieuweroute.route;

import io.github.nieuweroute.model.RouteStyle;
