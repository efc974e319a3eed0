package extractor

import (
	"strings"
	"testing"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// TestApproximated checks the hedge words read before a value and at its
// start, in any case and spacing, and only the last three words.
func TestApproximated(t *testing.T) {
	for _, tc := range []struct {
		evidence string
		want     bool
	}{
		{"Norway will give about [€1 billion].", true},
		{"Norway will give [about €1 billion].", true},
		{"Norway will give [ABOUT €1 billion].", true},
		{"Norway will give more than\t[£2bn].", true},
		{"Norway will give Some  [$500 million].", true},
		{"Norway will give [circa\u00a0€40 million].", true},
		{"Approximately, it seems, [€3 million] will follow.", false},
		{"Roughly speaking it gives [€3 million].", false},
		{"Norway will give [€1 billion] over time.", false},
		{"Norway will give [€1 billion].", false},
		{"Norway will give an über-sized [€1 billion].", false},
		{"[€1 billion] from Norway.", false},
	} {
		from, to := strings.Index(tc.evidence, "["), strings.Index(tc.evidence, "]")
		ev := tc.evidence[:from] + tc.evidence[from+1:to] + tc.evidence[to+1:]
		span := [2]int{from + 10, to - 1 + 10}
		c := news.Commitment{Evidence: ev, Start: 10, ValueSpan: &span}
		if got := approximated(c); got != tc.want {
			t.Errorf("approximated(%q) = %v, want %v", tc.evidence, got, tc.want)
		}
	}
	if approximated(news.Commitment{Evidence: "about €1 billion"}) {
		t.Error("approximated without a value span = true, want false")
	}
}
