#!/bin/sh
# Rita reviews the pull request and merges it with a merge commit, as a Git host does, from her own clone.
set -e
export LC_ALL=C GIT_CONFIG_NOSYSTEM=1
rm -rf target/rita
git clone -q remote.git target/rita
cd target/rita
git rev-parse main > ../main-before-merge.txt
git fetch -q origin registry/promote/churn/0.0.1-production
git -c user.name=Rita -c user.email=rita@example.com merge -q --no-ff \
    -m 'Merge pull request #1 from registry/promote/churn/0.0.1-production' FETCH_HEAD
git push -q origin main
