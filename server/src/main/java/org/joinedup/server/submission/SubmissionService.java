package org.joinedup.server.submission;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.joinedup.server.reference.ReferenceData;
import org.joinedup.server.store.ObservationWriter;
import org.joinedup.server.store.StagedObservation;
import org.joinedup.server.store.SubmissionMeta;
import org.joinedup.server.store.WriteResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Decode, validate, store: the one way observations enter JoinedUp. */
@Service
public class SubmissionService {
    private static final Logger logger = LoggerFactory.getLogger(SubmissionService.class);

    private final ReferenceData reference;
    private final ObservationWriter writer;
    private final List<SubmissionListener> listeners;

    public SubmissionService(ReferenceData reference, ObservationWriter writer, List<SubmissionListener> listeners) {
        this.reference = reference;
        this.writer = writer;
        this.listeners = List.copyOf(listeners);
    }

    public SubmissionReport submit(String file, byte[] content, String source, String receivedBy) {
        return submit(file, content, source, receivedBy, SubmissionProgress.NONE);
    }

    public SubmissionReport submit(
            String file, byte[] content, String source, String receivedBy, SubmissionProgress progress) {
        long started = System.nanoTime();
        progress.update("read", 0, -1);
        SubmissionDecoder.Decoded decoded = SubmissionDecoder.decode(file, content);
        progress.update("read", decoded.rows().size(), decoded.rows().size());
        long decodedAt = System.nanoTime();
        if (!decoded.problems().isEmpty()) {
            return SubmissionReport.refused(
                    file, decoded.rows().size(), decoded.problems(), timings(started, decodedAt, decodedAt, decodedAt));
        }
        if (decoded.rows().isEmpty()) {
            return SubmissionReport.refused(
                    file,
                    0,
                    List.of(new SubmissionProblem(file, 0, "", "", "the file has no data rows")),
                    timings(started, decodedAt, decodedAt, decodedAt));
        }
        SubmissionValidator.Validated validated = new SubmissionValidator(reference.catalogue(), reference.geography())
                .validate(file, decoded.rows(), progress);
        long validatedAt = System.nanoTime();
        if (!validated.problems().isEmpty()) {
            return SubmissionReport.refused(
                    file,
                    decoded.rows().size(),
                    validated.problems(),
                    timings(started, decodedAt, validatedAt, validatedAt));
        }
        progress.update("store", 0, validated.observations().size());
        WriteResult result = writer.write(
                validated.observations(), new SubmissionMeta(file, fingerprint(content), source, receivedBy));
        progress.update("store", result.total(), result.total());
        if (!result.changedNothing()) {
            tell(validated.observations());
        }
        return new SubmissionReport(
                file,
                true,
                result.total(),
                result.added(),
                result.revised(),
                result.unchanged(),
                result.submissionId().isPresent() ? result.submissionId().getAsLong() : null,
                List.of(),
                timings(started, decodedAt, validatedAt, System.nanoTime()));
    }

    /** The submission is committed whatever a listener does: its failure is logged, not passed on. */
    private void tell(List<StagedObservation> observations) {
        for (SubmissionListener listener : listeners) {
            try {
                listener.committed(observations);
            } catch (RuntimeException e) {
                logger.error(
                        "After a committed submission, {} failed",
                        listener.getClass().getSimpleName(),
                        e);
            }
        }
    }

    private static SubmissionTimings timings(long started, long decoded, long validated, long stored) {
        return new SubmissionTimings(
                (decoded - started) / 1_000_000, (validated - decoded) / 1_000_000, (stored - validated) / 1_000_000);
    }

    /** The SHA-256 of a file's bytes, as the submission log records it. */
    public static String fingerprint(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
