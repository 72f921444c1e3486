package io.github.nieuweroute.spring.app;

import io.github.nieuweroute.model.Situation;
import io.github.nieuweroute.rule.Language;
import io.github.nieuweroute.rule.Report;
import io.github.nieuweroute.rule.RuleSet;
import java.util.Locale;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class CheckController {

    private final RuleSet rules;

    public CheckController(RuleSet rules) {
        this.rules = rules;
    }

    @PostMapping(path = "/check", produces = "application/json")
    public Report check(@RequestBody Situation situation) {
        return rules.check(situation);
    }

    @PostMapping(path = "/check", produces = "text/plain;charset=UTF-8")
    public String checkAsText(@RequestBody Situation situation, Locale locale) {
        return rules.check(situation).render(Language.of(locale));
    }
}
