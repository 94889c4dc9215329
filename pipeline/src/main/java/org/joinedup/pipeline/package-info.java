/**
 * Person-level linked data to observations. A metric definition is data: a {@link
 * org.joinedup.pipeline.MetricQuery} holding one query in portable SQL ({@link
 * org.joinedup.pipeline.PortableSql}) over the input tables ({@link org.joinedup.pipeline.InputTable}),
 * which any {@link org.joinedup.pipeline.Engine} runs unchanged: DuckDB embedded here, Spark in the
 * {@code joinedup-spark} module. See docs/pipeline.md.
 */
package org.joinedup.pipeline;
