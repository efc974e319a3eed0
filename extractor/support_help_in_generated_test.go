package extractor

import (
	"fmt"
	"testing"
)

// Generated table of help "in" a concrete task (frame.help-in).
// Sentences are written for the test.

// genHelpInVerbs are the verb groups, with the status they give.
var genHelpInVerbs = []struct{ text, status string }{
	{"will support", "pledged"},
	{"will assist", "pledged"},
	{"pledged to help", "pledged"},
	{"could help", "considering"},
	{"has helped", "delivered"},
	{"is helping Moldova", "delivered"},
	{"will not assist", "declined"},
	{"will join Norway", "pledged"},
}

// genHelpInTasks are the concrete tasks after "in".
var genHelpInTasks = []string{
	"repairing damaged bridges", "the reconstruction of the port", "demining", "rebuilding schools",
	"evacuating the wounded",
}

// genHelpInNearMisses must give no line: help as a noun, a call on
// another, a task that is no concrete help, an own country's need.
var genHelpInNearMisses = []string{
	"Moldova needs help in rebuilding its grid.",
	"Moldova asked Japan to help in demining.",
	"Japan will help in the fight against terrorism.",
	"France will assist in the investigation.",
	"Britain will support in the vote.",
	"Japan asked for help in repairing bridges.",
	"Japan will join Norway in the talks.",
	"Japan joined Norway in condemning the attack.",
}

// TestGeneratedHelpIn checks one support line per subject that helps in
// a concrete task, and none for the near-misses.
func TestGeneratedHelpIn(t *testing.T) {
	g := newGenTable(t)
	for _, v := range genHelpInVerbs {
		for _, task := range genHelpInTasks {
			text := fmt.Sprintf("Japan %s in %s.", v.text, task)
			g.expect(text, g.lines(text, missionRender), []string{"JP support " + v.status}, "verb:"+v.text, "task:"+task)
		}
	}
	for _, text := range genHelpInNearMisses {
		g.expectNone(text, g.lines(text, missionRender), "near-miss")
	}
	g.done("generated help in")
}
