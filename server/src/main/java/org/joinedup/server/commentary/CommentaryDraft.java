package org.joinedup.server.commentary;

import java.util.ArrayList;
import java.util.List;

/**
 * A commentary as written, before it is stored: three short texts and who wrote it. Until people sign in,
 * the author is a name typed in.
 */
public record CommentaryDraft(String whatHappened, String why, String action, String author) {
    /** The most characters each of the three texts may hold: a board reads a paragraph, not a report. */
    public static final int TEXT_LIMIT = 2_000;
    /** The most characters of an author's name. */
    public static final int AUTHOR_LIMIT = 120;

    public CommentaryDraft {
        whatHappened = tidy(whatHappened);
        why = tidy(why);
        action = tidy(action);
        author = tidy(author).replaceAll("\\s+", " ");
    }

    /** An empty draft, for a new form. */
    public static CommentaryDraft empty() {
        return new CommentaryDraft("", "", "", "");
    }

    /** Every problem with the texts; empty when the draft can be stored. */
    public List<CommentaryProblem> problems() {
        List<CommentaryProblem> problems = new ArrayList<>();
        if (whatHappened.isEmpty()) {
            problems.add(new CommentaryProblem("whatHappened", "Say what happened: this field is required."));
        }
        tooLong(problems, "whatHappened", "What happened", whatHappened, TEXT_LIMIT);
        tooLong(problems, "why", "Why", why, TEXT_LIMIT);
        tooLong(problems, "action", "What is being done", action, TEXT_LIMIT);
        if (author.isEmpty()) {
            problems.add(new CommentaryProblem("author", "Give the author's name: this field is required."));
        }
        tooLong(problems, "author", "The author's name", author, AUTHOR_LIMIT);
        return problems;
    }

    private static void tooLong(List<CommentaryProblem> problems, String field, String name, String text, int limit) {
        int length = text.codePointCount(0, text.length());
        if (length > limit) {
            problems.add(new CommentaryProblem(
                    field,
                    String.format(
                            java.util.Locale.UK,
                            "%s is %,d characters long; the most is %,d. Shorten it by %,d.",
                            name,
                            length,
                            limit,
                            length - limit)));
        }
    }

    /** Trimmed, with Windows and old Mac line ends made plain, so a length means the same everywhere. */
    private static String tidy(String text) {
        return text == null
                ? ""
                : text.replace("\r\n", "\n").replace('\r', '\n').strip();
    }
}
