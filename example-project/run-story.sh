#!/usr/bin/env bash
# The Model Registry story, end to end, on one registry and with no server:
#   0. build and install the registry's Maven plugin from this checkout;
#   1. train the Iris classifier and register it (iris-training: model:register);
#   2. promote the new version through the stages: staging, canary, production (model:promote);
#   3. fetch the production version into the service (iris-service: model:fetch), and
#   4. predict with it in the service's tests;
#   5. show the registry: model:list, model:history and the registry's own git log.
#
# Usage, from anywhere:  bash example-project/run-story.sh [more Maven options, such as -o]
#   MODEL_REGISTRY    the registry, a Git repository created on first use (default: ~/.model-registry)
#   MAVEN_REPO_LOCAL  a local Maven repository to use instead of ~/.m2/repository
#
# Every run registers a new version and promotes it to production; the version that held
# production before is deprecated in the same commit. Each Maven build's full output is in
# example-project/target/story/; on a failure the script prints it and stops.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

absolute() {
    case "$1" in
        /*) printf '%s\n' "$1" ;;
        *) printf '%s\n' "$PWD/$1" ;;
    esac
}

maven_options=(-B -ntp)
if [[ -n "${MODEL_REGISTRY:-}" ]]; then
    registry="$(absolute "$MODEL_REGISTRY")"
    maven_options+=("-Dmodel.registry=$registry")
else
    registry="$HOME/.model-registry" # the example's default, ${user.home}/.model-registry
fi
if [[ -n "${MAVEN_REPO_LOCAL:-}" ]]; then
    maven_options+=("-Dmaven.repo.local=$(absolute "$MAVEN_REPO_LOCAL")")
fi
maven_options+=("$@")

logs="$root/example-project/target/story"
mkdir -p "$logs"
started=$SECONDS

if [[ -t 1 ]]; then bold=$'\e[1m'; plain=$'\e[0m'; else bold=''; plain=''; fi

step() {
    printf '\n%s==> %s%s\n' "$bold" "$1" "$plain"
}

# Prints a command as one could type it: values with spaces in single quotes.
show_command() {
    local shown="" arg
    for arg in "$@"; do
        if [[ "$arg" == *" "* && "$arg" =~ ^(-[^=\ ]+=)(.*)$ ]]; then
            shown+=" ${BASH_REMATCH[1]}'${BASH_REMATCH[2]}'"
        elif [[ "$arg" == *" "* ]]; then
            shown+=" '$arg'"
        else
            shown+=" $arg"
        fi
    done
    printf '$%s\n' "$shown"
}

# maven LOG ARGS...: runs mvn with the story's options, its output into $logs/LOG.log; prints that
# output and stops the story when the build fails.
maven() {
    local log="$logs/$1.log"
    shift
    show_command mvn "$@"
    if ! mvn "${maven_options[@]}" "$@" >"$log" 2>&1; then
        cat "$log"
        printf '\n%sThe story stopped: mvn %s failed (its output is above and in %s).%s\n' "$bold" "$*" "$log" \
            "$plain" >&2
        exit 1
    fi
}

# What the registry plugin's goals printed in a log, without Maven's [INFO] prefix.
registry_output() {
    awk '/^\[INFO\] --- / { on = ($0 ~ /^\[INFO\] --- registry-maven-plugin:/); blanks = 0; next }
         /^\[INFO\] -+$/ && length($0) > 40 { on = 0 }
         !on { next }
         /^\[INFO\] ?$/ { blanks++; next }
         { sub(/^\[INFO\] /, ""); for (; blanks > 0; blanks--) print ""; print "    " $0 }' "$1"
}

# The test results in a log: the total.
test_total() {
    grep -E '^\[[A-Z]+\] Tests run: [0-9]+, Failures: [0-9]+, Errors: [0-9]+, Skipped: [0-9]+$' "$1" \
        | sed -E 's/^\[[A-Z]+\] /    /'
}

# The test results in a log: one line for each test class.
test_classes() {
    grep -E '^\[[A-Z]+\] Tests run: .* -- in ' "$1" | sed -E 's/^\[[A-Z]+\] /    /; s/, Time elapsed: [^ ]+ s//'
}

# git GIT-ARGS...: shows the command, runs it on the registry and indents its output.
registry_git() {
    local output
    show_command git --git-dir="$registry" "$@"
    output="$(git --git-dir="$registry" "$@")"
    printf '%s\n' "$output" | sed 's/^./    &/'
}

step "The story: registry $registry"
echo "Every mvn command below also gets: ${maven_options[*]}"

step "0. Build and install the registry plugin from this checkout"
maven 0-install -q install -DskipTests -Dinvoker.skip=true
echo "    Installed dev.modelregistry:registry-maven-plugin and registry-core"

step "1. Train the Iris classifier and register it"
maven 1-train-and-register -f example-project/pom.xml -pl iris-training package
test_total "$logs/1-train-and-register.log"
grep -E '^Iris model: held-out' "$logs/1-train-and-register.log" | tail -n 1 | sed 's/^/    /; s/; wrote .*//'
registry_output "$logs/1-train-and-register.log"
registered="example-project/iris-training/target/model-registry/registered.properties"
version="$(sed -n 's/^version=//p' "$registered")"
[[ -n "$version" ]] || { echo "The story stopped: $registered names no version." >&2; exit 1; }
echo "    ($registered says version=$version)"

step "2. Promote iris@$version: staging, canary, production"
maven 2-promote-staging -f example-project/pom.xml -N model:promote "-Dmodel.ref=iris@$version" \
    -Dmodel.stage=staging "-Dmodel.reason=passed the held-out evaluation"
registry_output "$logs/2-promote-staging.log"
maven 2-promote-canary -f example-project/pom.xml -N model:promote "-Dmodel.ref=iris@$version" \
    -Dmodel.stage=canary "-Dmodel.reason=ready for a canary"
registry_output "$logs/2-promote-canary.log"
maven 2-promote-production -f example-project/pom.xml -N model:promote "-Dmodel.ref=iris@$version" \
    -Dmodel.stage=production "-Dmodel.reason=the canary served well"
registry_output "$logs/2-promote-production.log"

step "3-4. Fetch iris@production into the service, and predict with it in its tests"
maven 3-fetch-and-predict -f example-project/pom.xml -pl iris-service verify
registry_output "$logs/3-fetch-and-predict.log"
test_classes "$logs/3-fetch-and-predict.log"

step "5. What the registry knows"
maven 5-list -f example-project/pom.xml -N model:list
registry_output "$logs/5-list.log"
echo
maven 5-list-iris -f example-project/pom.xml -N model:list -Dmodel.name=iris
registry_output "$logs/5-list-iris.log"
echo
maven 5-history -f example-project/pom.xml -N model:history -Dmodel.name=iris -Dmodel.limit=12
registry_output "$logs/5-history.log"

echo
registry_git log -n 10 --date=iso-strict --format='%h %ad %s' main
echo
echo "The trailers are the machine record; the latest promotion to production:"
registry_git log -1 -E --grep='^Stage: production$' --format='%h %an%n%s%n%n%(trailers:only,unfold)' main

step "Done in $((SECONDS - started)) s: iris@$version is in production, and the service predicted with it"
echo "Run the story again to register and promote the next version; this one is then deprecated."
