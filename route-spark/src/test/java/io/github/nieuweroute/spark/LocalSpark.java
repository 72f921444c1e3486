package io.github.nieuweroute.spark;

import org.apache.spark.sql.SparkSession;

/** The tests' Spark: local mode on two cores, no web UI, bound to the loopback interface. */
final class LocalSpark {

    private LocalSpark() {}

    static SparkSession start(String name) {
        return SparkSession.builder()
                .appName(name)
                .master("local[2]")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "localhost")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "2")
                .getOrCreate();
    }
}
