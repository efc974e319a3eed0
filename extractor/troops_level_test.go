package extractor

import (
	"testing"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// TestTroopLevel is the corpus of frame.troops-level: the level a change
// brings a country's troop contribution to is a line of that country
// (the conventions score a personnel total), and the near misses that
// must give no such line.
func TestTroopLevel(t *testing.T) {
	e := newTestExtractor(t)
	tests := []extractCase{
		{"bring the total number of a people's personnel to a level",
			"Denmark will send 300 more soldiers to the region. That will bring the total number of Danish personnel in the region to 1,300.",
			[]string{"DK troops 300 troops pledged", "DK troops 1300 troops pledged"}},
		{"boost a country's presence to a bare number",
			"The new battalion will boost Norway's presence in the north to 2,000 troops.",
			[]string{"NO troops 2000 troops pledged"}},
		{"bring a country's contribution up to a level",
			"With the extra company, Austria’s contribution to the UN mission will be brought up to 420 personnel.",
			[]string{"AT troops 420 troops pledged"}},
		{"increase the size of a people's contribution to around a level",
			"The decision increases the Dutch contribution abroad to around 600 personnel.",
			[]string{"NL troops 600 troops pledged"}},
		{"a troop ceiling rising from one level to another, after the country's troops",
			"Sweden has 400 soldiers in the mission. Parliament agreed to lift the troop cap from 400 to 650 soldiers.",
			[]string{"SE troops 400 troops delivered", "SE troops 650 troops pledged"}},
		{"the number of soldiers increased to a level by the government of the text",
			"Belgium will send a further 50 soldiers to the mission, the defence ministry said. The number of soldiers will increase to 250 by the summer.",
			[]string{"BE troops 50 troops pledged", "BE troops 250 troops pledged"}},
		{"a bare number after to is the new level of the troops named",
			"Finland will send 50 more soldiers to the mission. That takes the number of defence forces members serving in Kosovo to 350.",
			[]string{"FI troops 50 troops pledged", "FI troops 350 troops pledged"}},
		// near misses
		{"a bare number of soldiers killed is no level",
			"Finland will send 50 more soldiers to the mission. The clashes raised the number of soldiers killed in the region to 40.",
			[]string{"FI troops 50 troops pledged"}},
		{"a bare number of a level of prices is no troop level",
			"Finland will send 50 more soldiers to the mission. The change will bring the price of fuel in the region to 300.",
			[]string{"FI troops 50 troops pledged"}},
		{"a country raising its own army is no commitment",
			"Poland will increase its army to 300,000 soldiers.",
			nil},
		{"a death toll rising to a number of soldiers is no commitment",
			"The attack raised the death toll to 40 soldiers.",
			nil},
		{"a level with no country anywhere names no committer",
			"The number of peacekeepers in the mission will rise to 12,000.",
			nil},
		{"a place after to is not the committer",
			"Officials said the move will bring the total number of troops in Mali to 1,500.",
			nil},
	}
	runCases(t, e, tests, func(_ string, c news.Commitment) string { return summary(c) })
}
