/**
 * The immutable model of a situation in the Dutch social domain, as De Nieuwe Route sees it: who it is about, who
 * is involved by {@link io.github.nieuweroute.model.Sphere sphere}, the questions asked, plan meetings, decisions
 * with a {@link io.github.nieuweroute.model.ParticipationLevel participation level} per participant, agreements
 * and who performs them, information items, exchanges, safety frames, evaluations, handovers and initiatives.
 *
 * <p>Every type is immutable and thread-safe and is validated on construction: a structural problem (a missing
 * field, a malformed or duplicate id, a reference that does not resolve, dates out of order) throws
 * {@link io.github.nieuweroute.model.ModelValidationException} naming the object, its id and the field. Business
 * rules of the Nieuwe Route are not invariants: a plan that breaks every principle is still a valid record.
 */
@RouteStyle
package io.github.nieuweroute.model;

