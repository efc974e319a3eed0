package extractor

import (
	"testing"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// TestStatusDeparture holds self-written departures of troops and ships
// toward a mission (status_departure.go): a verb of leaving with "for"
// and a destination is on its way (delivered); leaving a mission, for
// home, for good or at a date is a withdrawal, and a future departure is
// promised.
func TestStatusDeparture(t *testing.T) {
	e := newTestExtractor(t)
	tests := []extractCase{
		{"peacekeepers from a country left the capital for the mission",
			"163 peacekeepers from China left Beijing on Tuesday for South Sudan.",
			[]string{"CN troops 163 troops delivered"}},
		{"ships from a country left a port for an exercise",
			"Two ships from Norway left the port of Kiel on Monday for the Baltic Sea.",
			[]string{"NO equipment 2 × ships delivered"}},
		{"peacekeepers from a country departed the capital for the mission",
			"About 150 peacekeepers from Ghana departed Accra for Lebanon on Sunday.",
			[]string{"GH troops 150 troops delivered"}},
		{"engineers from a country left for the mission in a country",
			"A batch of 120 engineers from Bangladesh left Dhaka for the mission in Mali.",
			[]string{"BD troops 120 troops delivered"}},
		{"a contingent of police left the capital for the mission",
			"A contingent of 200 Kenyan police officers left Nairobi for Haiti on Tuesday.",
			[]string{"KE troops 200 troops delivered"}},
		{"near-miss: troops left the country of the mission",
			"The last 300 British troops left Afghanistan in 2014.",
			[]string{"GB troops 300 troops declined"}},
		{"near-miss: troops left the mission for good",
			"The 400 troops from Chad left the mission for good.",
			[]string{"TD troops 400 troops declined"}},
		{"near-miss: troops left the country for home",
			"The 300 Dutch troops left Mali for home in March.",
			[]string{"NL troops 300 troops declined"}},
		{"near-miss: troops will leave for the mission",
			"The 250 soldiers from Nepal will leave for Lebanon next week.",
			[]string{"NP troops 250 troops pledged"}},
		{"near-miss: troops left the mission for a year",
			"The 300 soldiers from Chad left the mission for a year.",
			[]string{"TD troops 300 troops declined"}},
	}
	runCases(t, e, tests, func(_ string, c news.Commitment) string { return summary(c) })
}
