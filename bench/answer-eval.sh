#!/usr/bin/env bash
# Answer quality: reply accuracy per question category, retrieval at rank 1 (R@1) and false refusals, on the
# development questions (tuned on) and the held-out questions (never tuned on) in src/test/resources/eval.
# Usage: bench/answer-eval.sh                       the two tables
#        EVAL_SHOW_FAILURES=1 bench/answer-eval.sh  also every development question answered wrongly, with its reply
#        EVAL_ONE_CONVERSATION=1 bench/answer-eval.sh  every question of a part asked in one conversation, as in a
#                                                     group chat: context carried for follow-ups must not spoil the rest
#        EVAL_EXTRA=batch.tsv bench/answer-eval.sh   also a new batch of questions (same format, header line first):
#                                                     its table and every question it answers wrongly
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test -Dtest=AnswerEvalTest -Dsurefire.failIfNoSpecifiedTests=false 2>&1 \
  | awk '/^(development|held-out) \(/ || /^extra / || /^\|/ || /^R@1 / {print; next}
         /^(EXTRA)?FAIL / {show=1} show {print} /^---$/ {show=0}'
