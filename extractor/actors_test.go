package extractor

import (
	"testing"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// TestActorsAndStatus holds the phrasings of actor resolution, repeated
// lines and status cues: which actor a line gets, when two lines are one,
// and which status a cue gives. Sentences are written for the test.
func TestActorsAndStatus(t *testing.T) {
	e := newTestExtractor(t)
	tests := []extractCase{
		// de-duplication of lines without a number
		{"headline and body without a number",
			"Belgium to send frigates to the Gulf\nBelgium will also send frigates to the region, the ministry said.",
			[]string{"BE equipment frigates pledged"}},
	}
	runCases(t, e, tests, func(_ string, c news.Commitment) string { return summary(c) })
}
