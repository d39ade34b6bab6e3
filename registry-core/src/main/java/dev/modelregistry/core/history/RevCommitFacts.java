package dev.modelregistry.core.history;

import java.time.Instant;

import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;

import dev.modelregistry.core.git.CommitMessage;

/** Reads the {@link CommitFacts} of a commit parsed by JGit, with its body. */
public final class RevCommitFacts {

    private RevCommitFacts() {
    }

    /** The facts of {@code commit}, whose body JGit has parsed. */
    public static CommitFacts of(RevCommit commit) {
        CommitText text = textOf(commit);
        return new CommitFacts(commit.name(), Instant.ofEpochSecond(commit.getCommitTime()), commit.getParentCount(),
                text.actor(), text.subject(), text.trailers());
    }

    /**
     * The author, subject and trailers of {@code commit}; the author is empty when the commit's
     * author line does not parse.
     */
    static CommitText textOf(RevCommit commit) {
        PersonIdent author = commit.getAuthorIdent();
        String actor = author == null ? "" : author.getName() + " <" + author.getEmailAddress() + ">";
        return new CommitText(actor, commit.getShortMessage(), CommitMessage.trailersOf(commit));
    }
}
