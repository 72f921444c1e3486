/**
 * Rule checks of the Nieuwe Route: the twelve basic factors (nl: basisfactoren,
 * {@code 000_003bca9ac70bd78f.txt:153-170}, headings only in the sources) and process rules, each a
 * {@link io.github.nieuweroute.rule.Rule} with an id, a Dutch and English title, its provenance and how far data can
 * check it.
 *
 * <p>Shaped like ArchUnit's rules:
 * {@link io.github.nieuweroute.rule.RuleSet#check(io.github.nieuweroute.model.Situation)} returns a
 * {@link io.github.nieuweroute.rule.Report} (data) and never throws on a valid situation; only
 * {@link io.github.nieuweroute.rule.Report#orThrow()} throws. A {@link io.github.nieuweroute.rule.Violation} carries
 * a message key with arguments and the ids of what it is about ({@link io.github.nieuweroute.rule.Evidence}); where
 * the person concerned refused consent or a safety frame applies, a rule records an
 * {@link io.github.nieuweroute.rule.Exemption} instead. Reports render in Dutch and English and cite ids and enum
 * values only, never names or free text.
 *
 * <p>Most checks are our interpretation of factors the sources only name: each rule's
 * {@link io.github.nieuweroute.source.Provenance} says so. {@code docs/rules.md} lists every rule with its sources.
 */
@RouteStyle
package io.github.nieuweroute.rule;

import io.github.nieuweroute.model.RouteStyle;
