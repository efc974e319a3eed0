package extractor

import (
	"fmt"
	"testing"
)

// Generated table of countries named "as part of" a coalition or
// operation beside their own clause (frame.part-of). Sentences are
// written for the test.

// genPartOfForms are the phrase forms, %[1]s the countries and %[2]s
// the operation, with the status of their clause.
var genPartOfForms = []struct{ label, text, status string }{
	{"apposed after subject", "%[1]s, as part of %[2]s, will look for ways to protect shipping.", "considering"},
	{"fronted", "As part of %[2]s, %[1]s will patrol the sea lanes.", "pledged"},
	{"apposed with will", "%[1]s, as part of %[2]s, will share intelligence.", "pledged"},
	{"apposed expected to", "%[1]s, as part of %[2]s, are also expected to share intelligence.", "considering"},
}

// genPartOfOps are the operations.
var genPartOfOps = []string{"the maritime coalition", "the naval task force", "a multinational operation", "the EU's naval mission"}

// genPartOfNearMisses must give no line: a deal, a political coalition, a
// peace initiative, an alliance, a country with another line of the
// sentence (the frigate is what it gives).
var genPartOfNearMisses = []string{
	"Spain, as part of the deal, will buy gas.",
	"Spain, as part of the ruling coalition, will vote for the budget.",
	"As part of the peace initiative, Norway will host talks.",
	"Norway, as part of NATO, will defend its allies.",
	"As part of the trade agreement, Spain will cut tariffs.",
}

// TestGeneratedPartOf checks that each country named "as part of" an
// operation gets one support line and that near-misses give none; a
// country with a line of its own in the sentence gets no second one.
func TestGeneratedPartOf(t *testing.T) {
	g := newGenTable(t)
	for _, f := range genPartOfForms {
		for _, op := range genPartOfOps {
			text := cap1(fmt.Sprintf(f.text, "Spain and Portugal", op))
			want := []string{"ES support " + f.status, "PT support " + f.status}
			g.expect(text, sortedLines(g.lines(text, missionRender)...), want, "form:"+f.label, "op:"+op)
		}
	}
	text := "As part of the coalition, Denmark will send a frigate."
	g.expect(text, g.lines(text, missionRender), []string{"DK equipment pledged"}, "own line")
	for _, text := range genPartOfNearMisses {
		g.expectNone(text, g.lines(text, missionRender), "near-miss")
	}
	g.done("generated part-of")
}
