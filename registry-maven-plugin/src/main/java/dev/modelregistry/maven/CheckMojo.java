package dev.modelregistry.maven;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import dev.modelregistry.core.CodeOwnersResult;
import dev.modelregistry.core.Input;
import dev.modelregistry.core.RegistryUsageException;
import dev.modelregistry.core.check.CheckReport;
import dev.modelregistry.core.check.Problem;

/**
 * Checks a registry repository against its format (file layout, schemas, names, stages, aliases,
 * lineage, hardened YAML) and fails the build with one line per problem:
 * {@code mvn model:check -Dmodel.registry=. -Dmodel.revision=origin/pr-42}. With
 * {@code model.base} it is the required status check of a pull request: it also checks the change
 * from the base to {@code model.revision} (legal stage moves, unchanged artifacts, no deletion
 * from a protected stage, the requirements of the stages entered):
 * {@code mvn model:check -Dmodel.registry=. -Dmodel.base=origin/main -Dmodel.revision=HEAD}. The
 * registry may be a bare repository or a clone with a working tree; committed content is checked,
 * never the working tree. When {@code registry.yaml} names owners, the check verifies that
 * {@code CODEOWNERS} is the file they give, and, on the registry branch's head, that one of a
 * stage's owners approved (merged, or made directly) the change that put each version into it;
 * {@code -Dmodel.writeCodeowners=true} first writes {@code CODEOWNERS} from the owners, in one
 * commit. Needs no project.
 */
@Mojo(name = "check", requiresProject = false, threadSafe = true)
public class CheckMojo extends AbstractRegistryMojo {

    /**
     * The commit to check: a branch, tag, commit id or revision expression of the registry
     * repository, such as a pull request's head {@code origin/pr-42}. Default: the head of the
     * registry's branch ({@code model.branch}).
     */
    @Parameter(property = "model.revision")
    private String revision;

    /**
     * The pull request's target, such as {@code origin/main}: also checks the change from it (from
     * where {@code model.revision} branched off it) to {@code model.revision}. Needs
     * {@code model.revision}.
     */
    @Parameter(property = "model.base")
    private String base;

    /**
     * Writes {@code CODEOWNERS} at the root of the registry from the owners in
     * {@code registry.yaml}, in one commit on {@code model.branch} (proposed for review with
     * {@code model.review=always}), before checking. Nothing is written when the file is already
     * that.
     */
    @Parameter(property = "model.writeCodeowners", defaultValue = "false")
    private boolean writeCodeowners;

    /** Why CODEOWNERS is written; recorded in the commit's {@code Reason} trailer. One line. */
    @Parameter(property = "model.reason")
    private String reason;

    @Override
    protected RegistryCall prepare() {
        RegistryCall check = prepareCheck();
        if (!writeCodeowners) {
            return check;
        }
        if (given(base) || given(revision)) {
            throw new RegistryUsageException(Input.OTHER, "model.writeCodeowners writes CODEOWNERS on the registry"
                    + " branch and checks its head, so it takes no model.revision or model.base; run the check of a"
                    + " revision or a pull request on its own.");
        }
        String why = reason == null ? "" : reason.strip();
        return registry -> {
            CodeOwnersResult written = registry.writeCodeOwners(why);
            GoalResult checked = check.on(registry);
            List<String> lines = new ArrayList<>();
            lines.add(!written.changed() ? "CODEOWNERS is already the file the owners in registry.yaml give"
                    : written.commitId().map(id -> "Wrote CODEOWNERS from the owners in registry.yaml in commit "
                            + AuditEventJson.shortCommit(id))
                    .orElse("Proposed writing CODEOWNERS from the owners in registry.yaml"));
            lines.addAll(checked.lines());
            return new GoalResult(lines, checked.json(), checked.failure());
        };
    }

    private RegistryCall prepareCheck() {
        if (given(base)) {
            if (!given(revision)) {
                throw new RegistryUsageException(Input.OTHER, "model.base " + base.strip() + " is given without the"
                        + " head of the change; give model.revision too, such as HEAD.");
            }
            String from = base.strip();
            String to = revision.strip();
            return registry -> describe(registry.check(from, to));
        }
        if (!given(revision)) {
            return registry -> describe(registry.check());
        }
        String commitish = revision.strip();
        return registry -> describe(registry.check(commitish));
    }

    private static boolean given(String value) {
        return value != null && !value.isBlank();
    }

    private static GoalResult describe(CheckReport report) {
        String commit = report.commit().map(AuditEventJson::shortCommit).orElse("no commit yet");
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("valid", report.isClean());
        json.put("commit", report.commit().orElse(null));
        json.put("models", report.models());
        json.put("versions", report.versions());
        List<Map<String, Object>> problems = new ArrayList<>();
        for (Problem problem : report.problems()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("path", problem.path());
            entry.put("line", problem.line());
            entry.put("rule", problem.rule());
            entry.put("message", problem.message());
            entry.put("fix", problem.fix());
            problems.add(entry);
        }
        json.put("problems", problems);
        if (report.isClean()) {
            return new GoalResult(List.of("Registry is valid (" + count(report.models(), "model") + ", "
                    + count(report.versions(), "version") + ") at commit " + commit), json);
        }
        List<String> failure = new ArrayList<>();
        failure.add("Registry is invalid at commit " + commit + ": " + count(report.problems().size(), "problem"));
        failure.addAll(report.lines());
        return new GoalResult(List.of(), json).failing(String.join(System.lineSeparator(), failure));
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    @Override
    protected Map<Input, PluginParameter> parameters() {
        PluginParameter revisionParameter = new PluginParameter("model.revision", "revision", "origin/pr-42");
        return Map.of(Input.OTHER, revisionParameter, Input.REVISION, revisionParameter,
                Input.REASON, PluginParameter.REASON);
    }
}
