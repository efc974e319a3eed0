package extractor

import (
	"testing"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// TestStatusSharedInfinitive holds self-written hedges that govern two
// coordinated verbs (status_infinitive.go): "ready to lead the mission and
// deploy 1,000 police" hedges the deployment too; a firm "agreed to" and a
// verb with a past ending of its own keep their status.
func TestStatusSharedInfinitive(t *testing.T) {
	e := newTestExtractor(t)
	tests := []extractCase{
		{"ready to lead and deploy",
			"Kenya is ready to lead the mission and deploy 1,000 police officers.",
			[]string{"KE troops 1000 troops considering"}},
		{"said it was ready to take the lead and deploy",
			"Kenya announced on Saturday that it was ready to take the lead of the force and deploy 1,000 police officers.",
			[]string{"KE troops 1000 troops considering"}},
		{"may lead and deploy",
			"Kenya may lead the mission and deploy 1,000 police officers.",
			[]string{"KE troops 1000 troops considering"}},
		{"near-miss: agreed to lead and deploy",
			"Kenya agreed to lead the mission and deploy 1,000 police officers.",
			[]string{"KE troops 1000 troops pledged"}},
		{"near-miss: pledged to lead and deployed",
			"Kenya pledged to lead the mission and deployed 1,000 police officers in May.",
			[]string{"KE troops 1000 troops delivered"}},
		{"near-miss: will lead and deploy",
			"Kenya will lead the mission and deploy 1,000 police officers.",
			[]string{"KE troops 1000 troops pledged"}},
	}
	runCases(t, e, tests, func(_ string, c news.Commitment) string { return summary(c) })
}
