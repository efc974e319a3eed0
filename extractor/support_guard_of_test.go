package extractor

import (
	"fmt"
	"testing"
)

// Generated table of guarding what another country owns (frame.guard-of).
// Sentences are written for the test.

// genGuardGroups are the verb groups with the status they give.
var genGuardGroups = []struct{ text, status string }{
	{"will guarantee", "pledged"},
	{"will protect", "pledged"},
	{"could patrol", "considering"},
	{"has protected", "delivered"},
	{"will not defend", "declined"},
}

// genGuardThings are the guarded things, %s the owner.
var genGuardThings = []string{"%s's security", "%s's airspace", "%s's eastern border", "%s's critical energy infrastructure", "%s's coast"}

// genGuardNearMisses must give no line: one's own, a plan as subject,
// a thing that is not guarded for another.
var genGuardNearMisses = []string{
	"Poland will protect its airspace.",
	"Britain will defend Britain's borders.",
	"The plan would protect Moldova's security.",
	"Norway will protect Moldova's interests in the talks.",
	"The Norway-supplied system proved itself when protecting Moldova's power grid.",
}

// TestGeneratedGuardOf checks one support line per country that guards
// another's security, airspace, border or coast, the owner receiving.
func TestGeneratedGuardOf(t *testing.T) {
	g := newGenTable(t)
	for _, vg := range genGuardGroups {
		for _, th := range genGuardThings {
			text := "Norway " + vg.text + " " + fmt.Sprintf(th, "Moldova") + "."
			g.expect(text, g.lines(text, missionRender), []string{"NO support " + vg.status}, "group:"+vg.text, "thing:"+th)
		}
	}
	for _, text := range genGuardNearMisses {
		g.expectNone(text, g.lines(text, missionRender), "near-miss")
	}
	g.done("generated guard of")
}
