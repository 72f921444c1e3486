/**
 * The Nieuwe Route library on Apache Spark 4 (Scala 2.13; Spark is a provided dependency):
 * {@link io.github.nieuweroute.spark.SparkSimulator} runs scenarios, sweeps and designs with every replication chunk
 * in a Spark task and results identical to the local {@link io.github.nieuweroute.sim.Simulator}'s;
 * {@link io.github.nieuweroute.spark.BatchCheck} checks an NDJSON file of situations into a table, invalid lines
 * included; {@link io.github.nieuweroute.spark.SparkRoute} is the entry point for {@code spark-submit}. The jar is
 * an automatic module, {@code io.github.nieuweroute.spark}.
 */
package io.github.nieuweroute.spark;
