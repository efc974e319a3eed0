package extractor

import (
	"slices"
	"testing"
)

// reviewCase is a sentence whose line a relaxed check keeps for review:
// want renders that line (summary), rule is the "review.*" id it must
// carry; every other line of the text must carry no review id.
type reviewCase struct {
	name, text, want, rule string
}

// TestReviewRules checks the lines that relaxed checks keep: each names
// its check and stays below the review threshold. A case with want ""
// is a near miss that gives no review line at all.
func TestReviewRules(t *testing.T) {
	e := newTestExtractor(t)
	tests := []reviewCase{
		{"goods worth an amount", "Sweden has donated defence equipment worth about SEK 2 billion.",
			"SE equipment defence equipment delivered", ruleReviewValuedGoods},
		{"goods valued at an amount", "Japan will send relief goods valued at $5 million.",
			"JP equipment relief goods pledged", ruleReviewValuedGoods},
		{"goods worth an amount after a recipient", "Britain will also give the army rifle ammunition worth £2 million.",
			"GB equipment rifle ammunition pledged", ruleReviewValuedGoods},
		{"goods and arms worth an amount with a hedge", "Canada has promised arms and equipment worth around $300 million to the country.",
			"CA equipment arms pledged", ruleReviewValuedGoods},
		{"weapons worth an amount given", "Norway has delivered weapons worth more than NOK 500 million to the country.",
			"NO equipment weapons delivered", ruleReviewValuedGoods},
		{"counted goods and their value are no review line", "Germany will send 20 trucks worth €4 million.",
			"", ""},
		{"goods with a money line of another clause are no review line", "Italy will send tents, and it has pledged €3 million to the appeal.",
			"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := e.Extract(tt.text)
			checkInvariants(t, tt.text, cs)
			found := false
			for _, c := range cs {
				isReview := slices.ContainsFunc(c.Rules, reviewRule)
				if summary(c) == tt.want && tt.want != "" {
					found = true
					if !slices.Contains(c.Rules, tt.rule) {
						t.Errorf("%q: rules %q lack %s", tt.want, c.Rules, tt.rule)
					}
					if c.Confidence > reviewConf {
						t.Errorf("%q: confidence %.2f above review (%.2f)", tt.want, c.Confidence, reviewConf)
					}
					continue
				}
				if isReview {
					t.Errorf("unexpected review line %q rules %q", summary(c), c.Rules)
				}
			}
			if tt.want != "" && !found {
				var got []string
				for _, c := range cs {
					got = append(got, summary(c))
				}
				t.Errorf("Extract(%q)\n got  %q\n want a line %q", tt.text, got, tt.want)
			}
		})
	}
}
