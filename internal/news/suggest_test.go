package news

import "testing"

func TestSuggested(t *testing.T) {
	for _, tt := range []struct {
		rules  []string
		review ReviewState
		want   bool
	}{
		{[]string{"fallback.clause", "kind.money"}, ReviewPending, true},
		{[]string{"frame.active", "kind.equipment", "review.valued-goods"}, ReviewPending, true},
		{[]string{"fallback.document"}, ReviewNone, false},     // above the review threshold
		{[]string{"fallback.previous"}, ReviewAccepted, false}, // a reviewer took it
		{[]string{"fallback.previous"}, ReviewCorrected, false},
		{[]string{"frame.active", "kind.troops"}, ReviewPending, false}, // an ordinary line in review
		{[]string{"frame.fallbackish"}, ReviewPending, false},
		{nil, ReviewPending, false},
	} {
		c := Commitment{Rules: tt.rules, Review: tt.review}
		if got := c.Suggested(); got != tt.want {
			t.Errorf("rules %v, review %q: Suggested() = %v, want %v", tt.rules, tt.review, got, tt.want)
		}
	}
}
