package extractor

import (
	"slices"
	"strings"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// Relaxed stops. A check that used to drop a line, and whose dropped
// lines were often right on news the rules were never tuned on, keeps the
// line instead: the line names the check by a "review.*" rule id and its
// confidence is at most reviewConf, so it starts in the review queue.

const (
	// ruleReviewValuedGoods marks uncounted goods valued by a money line
	// of the same actor right after them: "has donated military equipment
	// worth €50 million" (the money line is the commitment; the goods line
	// stays for review).
	ruleReviewValuedGoods = "review.valued-goods"
)

// reviewConf is the highest confidence of a line that a relaxed check
// kept: below the store's review threshold (0.55).
const reviewConf = 0.45

// reviewRule reports whether rule id r names a relaxed check.
func reviewRule(r string) bool { return strings.HasPrefix(r, "review.") }

// markReview adds rule id r to the rules of c (once), without writing
// into a rules slice that another line may share.
func markReview(c *news.Commitment, r string) {
	if !slices.Contains(c.Rules, r) {
		c.Rules = append(slices.Clip(c.Rules), r)
	}
}

// capReview lowers the confidence of every line that starts in review:
// a line a relaxed check kept (a "review.*" rule id) to reviewConf at
// most, a line of a fallback frame (its first rule id "fallback.*") to
// fallbackConf at most, a value whose giver only the headline names
// (context.gift-value-headline) to reviewConf at most. It runs after the
// confidence model.
func capReview(cs []news.Commitment) {
	for i := range cs {
		c := &cs[i]
		if slices.ContainsFunc(c.Rules, reviewRule) {
			c.Confidence = min(c.Confidence, reviewConf)
		}
		if len(c.Rules) > 0 && strings.HasPrefix(c.Rules[0], "fallback.") {
			c.Confidence = min(c.Confidence, fallbackConf)
		}
		if slices.Contains(c.Rules, ruleGiftValueHeadline) {
			c.Confidence = min(c.Confidence, reviewConf) // a giver from the headline alone: review it
		}
	}
}
