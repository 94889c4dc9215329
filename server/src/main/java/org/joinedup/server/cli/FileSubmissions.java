package org.joinedup.server.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.joinedup.server.submission.SubmissionOutcome;
import org.joinedup.server.submission.SubmissionProblem;
import org.joinedup.server.submission.SubmissionProgress;

/** Submits files one by one, printing what each did or every problem that refused it. */
final class FileSubmissions {
    /** Submits one file's bytes. */
    @FunctionalInterface
    interface Submitter {
        SubmissionOutcome submit(String fileName, byte[] content, SubmissionProgress progress);
    }

    private FileSubmissions() {}

    /** Checked before anything starts: a missing file means nothing is submitted (exit code 2). */
    static boolean allExist(List<Path> files, PrintWriter err) {
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                err.println(file + ": no such file");
                err.flush();
                return false;
            }
        }
        return true;
    }

    /** Exit code 1 when any file was refused, else 0. */
    static int run(List<Path> files, PrintWriter out, PrintWriter err, Submitter submitter) throws IOException {
        int exit = 0;
        for (Path file : files) {
            String name = file.getFileName().toString();
            // Redrawing a progress line only makes sense on a terminal, not in a log.
            ProgressLine progress = System.console() == null ? null : new ProgressLine(err, name);
            SubmissionOutcome outcome = submitter.submit(
                    name, Files.readAllBytes(file), progress == null ? SubmissionProgress.NONE : progress);
            if (progress != null) {
                progress.finish();
            }
            if (outcome.accepted()) {
                out.println(outcome.summary());
            } else {
                exit = 1;
                err.println(outcome.summary());
                for (SubmissionProblem problem : outcome.problems()) {
                    err.println("  " + problem);
                }
            }
        }
        out.flush();
        err.flush();
        return exit;
    }
}
