package extractor

import (
	"fmt"
	"testing"
)

// Generated table of rosters: the members of an operation named as the
// predicate of a group noun (frame.roster). Sentences are written for
// the test.

// genRosterForms are the roster forms, %[1]s the countries and %[2]s the
// operation, with the status their phrase gives.
var genRosterForms = []struct{ label, text, status string }{
	{"taking part are", "The countries taking part in %[2]s are %[1]s.", "pledged"},
	{"participating are", "The nations participating in %[2]s will be %[1]s.", "pledged"},
	{"members of are", "The members of %[2]s are %[1]s.", "pledged"},
	{"among considering", "Among the nations reportedly considering %[2]s are %[1]s.", "considering"},
	{"among weighing", "Among the countries weighing whether to join %[2]s are %[1]s.", "considering"},
	{"considering include", "Countries considering joining %[2]s include %[1]s.", "considering"},
	{"are among joined", "%[1]s are among the countries that have joined %[2]s.", "pledged"},
	{"are among considering", "%[1]s are among the European nations considering taking part in %[2]s.", "considering"},
	{"among refused", "Among the countries that refused to join %[2]s were %[1]s.", "declined"},
	{"colon", "The nations contributing to %[2]s are: %[1]s.", "pledged"},
}

// genRosterSingles are rosters of one country, %s the operation.
var genRosterSingles = []struct{ text, status string }{
	{"Spain is among the countries contributing to %s.", "pledged"},
	{"Spain is one of the nations taking part in %s.", "pledged"},
	{"Spain is one of the countries considering joining %s.", "considering"},
}

// genRosterOps are the operations.
var genRosterOps = []string{"the maritime coalition", "the naval mission", "the air policing mission", "the coalition to escort tankers"}

// genRosterNearMisses must give no line: a meeting, a diplomatic
// initiative, a ruling coalition, a programme's beneficiaries, a past
// roster with a year, a group noun with no taking part, recipients.
var genRosterNearMisses = []string{
	"The countries taking part in the talks are Spain and Portugal.",
	"The countries taking part in the peace initiative are Spain and Portugal.",
	"The members of the ruling coalition are Spain and Portugal.",
	"The countries that benefit from the programme are Moldova and Georgia.",
	"The countries that took part in the 2003 operation were Spain and Portugal.",
	"The countries hardest hit by the mission's failure are Spain and Portugal.",
	"Among the countries that hosted the summit were Spain and Portugal.",
	"Spain and Portugal are among the countries most affected by the crisis.",
	"Spain is one of the countries that benefit from the programme.",
	"Spain is one of the countries hit hardest by the mission's failure.",
}

// TestGeneratedRoster checks that each country of a roster gets one
// support line of the phrase's status and that near-misses give none.
func TestGeneratedRoster(t *testing.T) {
	g := newGenTable(t)
	for _, f := range genRosterForms {
		for _, op := range genRosterOps {
			text := cap1(fmt.Sprintf(f.text, "Spain, Portugal and Japan", op))
			want := []string{"ES support " + f.status, "JP support " + f.status, "PT support " + f.status}
			g.expect(text, sortedLines(g.lines(text, missionRender)...), want, "form:"+f.label, "op:"+op)
		}
	}
	for _, f := range genRosterSingles {
		for _, op := range genRosterOps {
			text := fmt.Sprintf(f.text, op)
			g.expect(text, g.lines(text, missionRender), []string{"ES support " + f.status}, "single:"+f.text, "op:"+op)
		}
	}
	for _, text := range genRosterNearMisses {
		g.expectNone(text, g.lines(text, missionRender), "near-miss")
	}
	g.done("generated roster")
}
