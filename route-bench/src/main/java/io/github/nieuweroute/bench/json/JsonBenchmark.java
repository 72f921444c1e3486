package io.github.nieuweroute.bench.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.nieuweroute.json.RouteJson;
import io.github.nieuweroute.model.Situation;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes a situation with route-json (strict, validated, into the immutable model) and, as the peer,
 * plain Jackson 3 databinding of {@link SituationDto} records carrying the same data, in the same run.
 * Both write compact JSON; both read from bytes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class JsonBenchmark {

    @Param({"esther-and-jeffrey", "generated-1000"})
    public String situation;

    private final RouteJson routeJson = RouteJson.create().withPrettyPrinting(false);
    private final JsonMapper plainMapper = JsonMapper.builder()
            .changeDefaultPropertyInclusion(incl -> incl.withValueInclusion(JsonInclude.Include.NON_EMPTY))
            .build();

    private Situation model;
    private SituationDto dto;
    private byte[] routeBytes;
    private byte[] plainBytes;

    /** Prepares the situation, its records and both encodings, and checks that both round-trip. */
    @Setup
    public void setUp() {
        model = BenchSituations.byName(situation);
        dto = SituationDto.from(model);
        routeBytes = routeJson.writeSituationBytes(model);
        plainBytes = plainMapper.writeValueAsBytes(dto);
        if (!routeJson.readSituation(routeBytes).equals(model)
                || !java.util.Arrays.equals(plainMapper.writeValueAsBytes(
                        plainMapper.readValue(plainBytes, SituationDto.class)), plainBytes)) {
            throw new IllegalStateException("a benchmark encoding does not round-trip");
        }
    }

    /** @return the situation read by route-json */
    @Benchmark
    public Situation routeJsonRead() {
        return routeJson.readSituation(routeBytes);
    }

    /** @return the situation written by route-json */
    @Benchmark
    public byte[] routeJsonWrite() {
        return routeJson.writeSituationBytes(model);
    }

    /** @return the records read by plain databinding */
    @Benchmark
    public SituationDto plainBindingRead() {
        return plainMapper.readValue(plainBytes, SituationDto.class);
    }

    /** @return the records written by plain databinding */
    @Benchmark
    public byte[] plainBindingWrite() {
        return plainMapper.writeValueAsBytes(dto);
    }

    /** @return the encoded sizes, for the record in docs/benchmarks.md */
    public String sizes() {
        return situation + ": route-json " + routeBytes.length + " bytes, plain binding " + plainBytes.length
                + " bytes";
    }
}
