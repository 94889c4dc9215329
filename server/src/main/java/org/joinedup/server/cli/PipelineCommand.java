package org.joinedup.server.cli;

import picocli.CommandLine.Command;

/** Person-level linked data: generate a data set (and, later, run the metric definitions over one). */
@Command(
        name = "pipeline",
        mixinStandardHelpOptions = true,
        description = "Person-level linked data to observations (docs/pipeline.md, docs/pipeline-input.md).",
        subcommands = {PipelineGenerateCommand.class})
public final class PipelineCommand {}
