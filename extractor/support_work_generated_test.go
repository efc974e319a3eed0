package extractor

import (
	"fmt"
	"testing"
)

// Generated table of working with a partner before a verb of help
// (workWithBefore): "Norway is working with Moldova to train pilots".
// Sentences are written for the test; the subject of "work" gives the
// help, one support line.

// genWorkForms are the forms of working with a partner, %[1]s the
// giver, %[2]s the partner, with the status they show.
var genWorkForms = []struct{ label, text, status string }{
	{"is working with", "%[1]s is working with %[2]s to train border guards.", "pledged"},
	{"will work with", "%[1]s will work with %[2]s to train military pilots.", "pledged"},
	{"will work closely with", "%[1]s will work closely with %[2]s to train military pilots.", "pledged"},
	{"is also working with", "%[1]s is also working with %[2]s to train police officers.", "pledged"},
	{"will continue to work with", "%[1]s will continue to work with %[2]s to train military pilots.", "delivered"},
	{"will cooperate with", "%[1]s will cooperate with %[2]s to train military pilots.", "pledged"},
	{"is working with to help clear mines", "%[1]s is working with %[2]s to help clear mines.", "pledged"},
	{"is working with to help defend cyber", "%[1]s is also working with %[2]s to help defend against cyber-attacks.", "pledged"},
}

// genHelpPhraseEnds are verb phrases of help that end the sentence with
// their own object (helpPhraseMultiword): "will help clear mines.", with
// the status they show; %s the giver.
var genHelpPhraseEnds = []struct{ label, text, status string }{
	{"will help clear mines", "%s will help clear mines.", "pledged"},
	{"will continue to help clear mines", "%s will continue to help clear mines.", "delivered"},
	{"will help defend against cyber-attacks", "%s will help defend against cyber-attacks.", "pledged"},
	{"will not help clear mines", "%s will not help clear mines.", "declined"},
}

// genWorkGivers are givers with their code; the partner is Moldova or
// its government.
var genWorkGivers = []struct{ code, form string }{
	{"NO", "Norway"}, {"JP", "Japan"}, {"CA", "the Canadian government"},
}

// genWorkNearMisses must give no line: the partner trains its own, a
// political aim, working with a group on talks.
var genWorkNearMisses = []string{
	"Moldova is working with Norway to train its own pilots.",
	"Norway is working with the rebels to end the war.",
	"Norway is working with Moldova to organise the summit.",
	"Norway is working hard to win the election.",
}

// TestGeneratedWorkWith checks that the subject of working with a
// partner to train gets one support line, and near-misses none.
func TestGeneratedWorkWith(t *testing.T) {
	g := newGenTable(t)
	for _, f := range genWorkForms {
		for _, gv := range genWorkGivers {
			for _, partner := range []string{"Moldova", "the Moldovan government"} {
				text := cap1(fmt.Sprintf(f.text, gv.form, partner))
				g.expect(text, g.lines(text, missionRender), []string{gv.code + " support " + f.status}, "form:"+f.label, "partner:"+partner)
			}
		}
	}
	for _, f := range genHelpPhraseEnds {
		for _, gv := range genWorkGivers {
			text := cap1(fmt.Sprintf(f.text, gv.form))
			g.expect(text, g.lines(text, missionRender), []string{gv.code + " support " + f.status}, "end:"+f.label)
		}
	}
	for _, text := range genWorkNearMisses {
		g.expectNone(text, g.lines(text, missionRender), "near-miss")
	}
	g.done("generated work-with")
}
