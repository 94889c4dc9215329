package org.joinedup.server.plan;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.joinedup.core.geography.Area;
import org.joinedup.core.period.Period;
import org.joinedup.server.reference.ReferenceData;
import org.joinedup.server.store.PlanStore;
import org.joinedup.server.store.StoredPlan;
import org.joinedup.server.store.SubmissionMeta;
import org.joinedup.server.store.WriteResult;
import org.joinedup.server.submission.SubmissionProblem;
import org.springframework.stereotype.Service;

/** Decode, validate, store: the one way plans and targets enter JoinedUp. */
@Service
public class PlanService {
    private final ReferenceData reference;
    private final PlanStore store;

    public PlanService(ReferenceData reference, PlanStore store) {
        this.reference = reference;
        this.store = store;
    }

    public PlanReport submit(String file, byte[] content, String source, String receivedBy) {
        PlanDecoder.Decoded decoded = PlanDecoder.decode(file, content);
        if (!decoded.problems().isEmpty()) {
            return PlanReport.refused(file, decoded.rows().size(), decoded.problems());
        }
        if (decoded.rows().isEmpty()) {
            return PlanReport.refused(
                    file, 0, List.of(new SubmissionProblem(file, 0, "", "", "the file has no data rows")));
        }
        PlanValidator.Validated validated =
                new PlanValidator(reference.catalogue(), reference.geography()).validate(file, decoded.rows());
        if (!validated.problems().isEmpty()) {
            return PlanReport.refused(file, decoded.rows().size(), validated.problems());
        }
        WriteResult result =
                store.write(validated.plans(), new SubmissionMeta(file, fingerprint(content), source, receivedBy));
        return new PlanReport(
                file,
                true,
                decoded.rows().size(),
                result.total(),
                result.added(),
                result.revised(),
                result.unchanged(),
                result.submissionId().isPresent() ? result.submissionId().getAsLong() : null,
                List.of());
    }

    /**
     * The current plans and targets matching the filters (null matches any); the area may be given by its
     * ODS or ONS code. An unknown area matches nothing.
     */
    public List<StoredPlan> current(String metricId, String areaCode, Period financialYear) {
        String canonical = null;
        if (areaCode != null) {
            Optional<Area> area = reference.geography().resolve(areaCode);
            if (area.isEmpty()) {
                return List.of();
            }
            canonical = area.get().code();
        }
        return store.current(metricId, canonical, financialYear);
    }

    static String fingerprint(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
