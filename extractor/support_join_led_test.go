package extractor

import (
	"fmt"
	"testing"
)

// Joins of an operation named with a "-led" adjective (frame.join): the
// "led" of the adjective is no verb that ends the object. Sentences are
// written for the test.

// genJoinLedForms are the join forms, %s the operation, with their status.
var genJoinLedForms = []struct{ text, status string }{
	{"Japan will join %s.", "pledged"},
	{"Japan will take part in %s.", "pledged"},
	{"Japan has decided against joining %s.", "declined"},
	{"Japan said it would not join %s.", "declined"},
	{"Japan is considering joining %s.", "considering"},
}

// genJoinLedOps are operations named with a "-led" adjective.
var genJoinLedOps = []string{"the US-led coalition", "a French-led naval mission", "the British-led maritime coalition"}

// TestGeneratedJoinLed checks one support line per join of a "-led"
// operation; the leader named in the adjective gets none, nor does a
// past membership with a year.
func TestGeneratedJoinLed(t *testing.T) {
	g := newGenTable(t)
	for _, f := range genJoinLedForms {
		for _, op := range genJoinLedOps {
			text := fmt.Sprintf(f.text, op)
			g.expect(text, g.lines(text, missionRender), []string{"JP support " + f.status}, "form:"+f.text, "op:"+op)
		}
	}
	g.expectNone("Japan joined the US-led coalition in 2003.", g.lines("Japan joined the US-led coalition in 2003.", missionRender), "history")
	// co-chairing an operation with others leads it; chairing talks is none
	for _, c := range []struct{ text, want string }{
		{"Germany will co-chair the maritime coalition.", "DE support pledged"},
		{"Germany will co-chair the naval mission with France.", "DE support pledged"},
	} {
		g.expect(c.text, g.lines(c.text, missionRender), []string{c.want}, "co-chair")
	}
	// the owner of a "whose" clause joins (or refuses to)
	for _, c := range []struct{ text, want string }{
		{"The plan was backed by most allies, except Norway, whose government declined to join the coalition.", "NO support declined"},
		{"It was welcomed by European countries, except for Norway, whose officials refused to take part in the training mission.", "NO support declined"},
		{"Norway, whose navy will lead the naval mission, said it was ready.", "NO support pledged"},
	} {
		g.expect(c.text, g.lines(c.text, missionRender), []string{c.want}, "whose")
	}
	g.expectNone("Norway, whose ships took part in the operation in 2019, is a member.",
		g.lines("Norway, whose ships took part in the operation in 2019, is a member.", missionRender), "whose history")
	for _, text := range []string{"France will co-chair the peace talks.", "Norway co-chaired the donor conference."} {
		g.expectNone(text, g.lines(text, missionRender), "co-chair near-miss")
	}
	g.done("generated join led")
}

// TestParticipationOf holds self-written sentences of a country's
// participation in an operation approved or confirmed
// (frame.participation-of), and near-misses.
func TestParticipationOf(t *testing.T) {
	e := newTestExtractor(t)
	tests := []extractCase{
		{"confirmed", "Spain's participation in the mission was confirmed on Monday.", []string{"ES support pledged"}},
		{"approved before", "Parliament approved Spain's participation in the naval mission.", []string{"ES support pledged"}},
		{"has been approved", "Japan's participation in the coalition has been approved by the cabinet.", []string{"JP support pledged"}},
		{"talks", "Spain's participation in the talks was confirmed.", nil},
		{"rejected", "Parliament rejected Spain's participation in the mission.", nil},
		{"criticised", "Spain's participation in the operation was criticised.", nil},
	}
	for _, tc := range tests {
		expectAnyOrder(t, e, missionRender, tc.text, tc.want)
	}
}
