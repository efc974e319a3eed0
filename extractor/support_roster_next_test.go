package extractor

import (
	"strings"
	"testing"
)

// Rosters told in two steps (frame.roster-next): a counted group takes
// part in an operation and its countries are listed after a colon or in
// the next sentence. Sentences are written for the test.

// TestRosterNext checks one support line per listed country, with the
// status of the group's predicate, and none for the near-misses.
func TestRosterNext(t *testing.T) {
	g := newGenTable(t)
	three := func(st string) []string {
		return []string{"ES support " + st, "JP support " + st, "PT support " + st}
	}
	rows := []struct {
		text string
		want []string
	}{
		{"Eleven countries are directly involved in enforcing the no-fly zone, the statement said. They are Spain, Portugal and Japan.", three("delivered")},
		{"Three nations are taking part in the naval mission. They are Spain, Portugal and Japan.", three("delivered")},
		{"Several states have joined the maritime coalition. These are Spain, Portugal and Japan.", three("pledged")},
		{"Three countries will participate in the air policing mission: Spain, Portugal and Japan.", three("pledged")},
		{"A number of nations currently contribute to the peacekeeping force. They include Spain, Portugal and Japan.", three("delivered")},
		{"Three countries are considering joining the maritime coalition. They are Spain, Portugal and Japan.", three("considering")},
		{"Three countries refused to join the coalition. They were Spain, Portugal and Japan.", three("declined")},
		{"At least three nations took part in the operation. Those countries were Spain, Portugal and Japan.", three("delivered")},
	}
	for _, r := range rows {
		g.expect(r.text, countryLines(sortedLines(g.lines(r.text, missionRender)...)), r.want, "roster-next")
	}
	near := []string{
		"Three countries are not involved in the naval mission. They are Spain, Portugal and Japan.",
		"Three countries are involved in the talks. They are Spain, Portugal and Japan.",
		"Three countries are part of the ruling coalition. They are Spain, Portugal and Japan.",
		"Three countries were involved in the 2011 operation. They were Spain, Portugal and Japan.",
		"Three countries are hit hardest by the mission's failure. They are Spain, Portugal and Japan.",
		"Three countries are involved in the naval mission. They are expected to send ships soon.",
		"Three countries will take part in the summit. They are Spain, Portugal and Japan.",
		"Three countries are involved in the naval mission. They are Spain and its neighbours.",
	}
	for _, text := range near {
		g.expectNone(text, countryLines(g.lines(text, missionRender)), "near-miss")
	}
	g.done("roster next")
}

// countryLines drops the lines of groups ("group:Three nations …", not
// scored) from rendered lines.
func countryLines(lines []string) []string {
	var out []string
	for _, l := range lines {
		if !strings.HasPrefix(l, "group:") {
			out = append(out, l)
		}
	}
	return out
}
