package org.joinedup.server.cli;

import picocli.CommandLine.Command;

/** Person-level linked data: generate a data set, and run the metric definitions over one into the store. */
@Command(
        name = "pipeline",
        mixinStandardHelpOptions = true,
        description = "Person-level linked data to observations (docs/pipeline.md, docs/pipeline-input.md).",
        subcommands = {PipelineGenerateCommand.class, PipelineRunCommand.class})
public final class PipelineCommand {}
