package io.github.nieuweroute.spring.app;

import io.github.nieuweroute.model.Situation;
import java.util.List;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Situations inside the application's own request type: Jackson wraps a problem in one of them. */
@RestController
public class BatchController {

    @PostMapping(path = "/batch", produces = "application/json")
    public int count(@RequestBody List<Situation> situations) {
        return situations.size();
    }
}
