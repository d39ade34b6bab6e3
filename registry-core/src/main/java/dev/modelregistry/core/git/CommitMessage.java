package dev.modelregistry.core.git;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.jgit.revwalk.FooterLine;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * A registry commit message: a one-line human subject, then a block made only of trailers, so
 * that JGit's {@code getFooterLines}, {@code git log --format=%(trailers)}
 * and {@code git log --grep='^Stage: production$'} all read it.
 */
public record CommitMessage(String subject, List<Trailer> trailers) {

    /** Checks that the subject is one line and that there is at least one trailer. */
    public CommitMessage {
        Objects.requireNonNull(subject, "subject");
        trailers = List.copyOf(trailers);
        if (subject.isBlank() || subject.contains("\n") || subject.contains("\r")) {
            throw new IllegalArgumentException("subject must be one line: '" + subject + "'");
        }
        if (trailers.isEmpty()) {
            throw new IllegalArgumentException("a registry commit needs trailers");
        }
    }

    /** Starts a message with the given subject. */
    public static Builder builder(String subject) {
        return new Builder(subject);
    }

    /**
     * The full text: subject, blank line, trailers. There is never a free-text body, so that no
     * user text can pass for a trailer in {@code git log --grep}.
     */
    public String format() {
        StringBuilder text = new StringBuilder(subject).append("\n\n");
        for (Trailer trailer : trailers) {
            text.append(trailer).append('\n');
        }
        return text.toString();
    }

    /**
     * The trailers of a commit as Git and JGit read them, in order. Footers that are not
     * well-formed trailers (see {@link Trailer#accepts}), such as {@code Co-authored-by} in a
     * commit made by hand, are left out.
     */
    public static List<Trailer> trailersOf(RevCommit commit) {
        List<Trailer> result = new ArrayList<>();
        for (FooterLine line : commit.getFooterLines()) {
            String value = line.getValue().strip();
            if (Trailer.accepts(line.getKey(), value)) {
                result.add(new Trailer(line.getKey(), value));
            }
        }
        return result;
    }

    /** The first value of {@code key} among {@code trailers}. */
    public static Optional<String> first(List<Trailer> trailers, String key) {
        return trailers.stream().filter(t -> t.key().equalsIgnoreCase(key)).map(Trailer::value).findFirst();
    }

    /** Collects trailers in the order the action adds them. */
    public static final class Builder {
        private final String subject;
        private final List<Trailer> trailers = new ArrayList<>();

        private Builder(String subject) {
            this.subject = subject;
        }

        /** Adds a trailer. */
        public Builder trailer(String key, String value) {
            trailers.add(new Trailer(key, value));
            return this;
        }

        /** Adds a trailer only when the value is present. */
        public Builder trailer(String key, Optional<String> value) {
            value.ifPresent(v -> trailer(key, v));
            return this;
        }

        /** The finished message. */
        public CommitMessage build() {
            return new CommitMessage(subject, trailers);
        }
    }
}
