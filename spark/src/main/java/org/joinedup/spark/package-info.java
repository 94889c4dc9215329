/**
 * The pipeline's metric definitions on Apache Spark ({@link org.joinedup.spark.SparkEngine}), for
 * data too large for one machine. Spark is a provided dependency: the server never depends on this
 * module. See docs/pipeline.md.
 */
package org.joinedup.spark;
