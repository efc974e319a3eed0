package extractor

import (
	"fmt"
	"testing"
)

// Generated table of a country's agents of help as the subject of a verb
// of help (frame.help-agents). Sentences are written for the test.

// genAgentSubjects are the agents' noun phrases, %s the demonym.
var genAgentSubjects = []string{"%s experts", "%s medical specialists", "A team of %s engineers", "%s doctors"}

// genAgentGroups are the verb groups with their objects and statuses.
var genAgentGroups = []struct{ text, status string }{
	{"have already trained local health workers", "delivered"},
	{"trained hospital staff to use the scanners", "delivered"},
	{"are helping with the repair of the grid", "delivered"},
	{"will help rebuild the damaged hospitals", "pledged"},
	{"could assist in the reconstruction of the port", "considering"},
	{"will not treat wounded fighters", "declined"},
}

// genAgentNearMisses must give no line: a passive, trainees of the
// owner's own country, a preposition after the verb, agents as an
// object, forces that help or clear, a statement.
var genAgentNearMisses = []string{
	"Moldovan experts were trained by the agency.",
	"Moldovan instructors trained Moldovan recruits.",
	"Moldovan engineers trained in Romania last year.",
	"The ministry hired Moldovan experts to train workers.",
	"Israeli soldiers helped settlers move in.",
	"Russian forces cleared the village.",
	"Japanese experts said the bridges were safe.",
	"French troops trained alongside Estonian soldiers.",
	"Israeli troops escorted the settlers to the site.",
	"Estonian hospitals received new funding last year.",
	"Estonian hospitals are ready to receive more patients from the capital.",
	"Estonian experts received wounded Ukrainian soldiers.",
	"Estonian hospitals trained their own staff.",
}

// TestGeneratedHelpAgents checks the agents of help of each country get
// one support line of the verb group's status, and near-misses none.
func TestGeneratedHelpAgents(t *testing.T) {
	g := newGenTable(t)
	for _, subj := range genAgentSubjects {
		for _, vg := range genAgentGroups {
			text := cap1(fmt.Sprintf(subj, "Japanese") + " " + vg.text + ".")
			g.expect(text, g.lines(text, missionRender), []string{"JP support " + vg.status}, "subject:"+subj, "group:"+vg.text)
		}
	}
	for _, text := range []string{
		"Experts from Italy and Spain are helping with the restoration of the cathedral.",
		"Italian and Spanish engineers rebuilt the bridge.",
	} {
		g.expect(text, sortedLines(g.lines(text, missionRender)...), []string{"ES support delivered", "IT support delivered"}, "owners")
	}
	for _, text := range []string{
		"US ships will not escort other nations' tankers through the strait.",
		"Danish warships escorted the grain convoys.",
		"British troops will train Iraqi soldiers.",
	} {
		lines := g.lines(text, missionRender)
		g.row(len(lines) == 1, fmt.Sprintf("%q: got %q, want one support line", text, lines), "ships and forces")
	}
	// hospitals and clinics that treat, receive or admit the wounded;
	// "ready to" hedges
	for _, r := range []struct{ text, want string }{
		{"Estonian hospitals are ready to receive wounded Ukrainian soldiers for treatment.", "EE support considering"},
		{"Polish clinics have treated hundreds of wounded Ukrainian soldiers.", "PL support delivered"},
		{"Latvian hospitals will admit injured Ukrainian soldiers.", "LV support pledged"},
		{"Latvian clinics will receive Ukrainian soldiers for rehabilitation.", "LV support pledged"},
		{"Japanese experts are ready to help with the repair of the port.", "JP support considering"},
	} {
		g.expect(r.text, g.lines(r.text, missionRender), []string{r.want}, "hospitals")
	}
	for _, text := range genAgentNearMisses {
		g.expectNone(text, g.lines(text, missionRender), "near-miss")
	}
	g.done("generated help agents")
}

// TestForcesMetonyms holds self-written sentences whose giver is named
// by its air force or navy (lexicon/agencies.yaml), and a place named
// after a force that gives nothing.
func TestForcesMetonyms(t *testing.T) {
	e := newTestExtractor(t)
	tests := []extractCase{
		{"RAF air strikes", "The RAF has conducted air strikes against the militants.", []string{"GB support delivered"}},
		{"Royal Navy escorts", "The Royal Navy will escort merchant ships through the strait.", []string{"GB support pledged"}},
		{"RCAF airlift", "The Royal Canadian Air Force will provide airlift support.", []string{"CA support pledged"}},
		{"RAAF surveillance", "The RAAF will conduct surveillance flights.", []string{"AU support pledged"}},
		{"a base attacked", "The Royal Air Force base in Cyprus was attacked.", nil},
	}
	for _, tc := range tests {
		expectAnyOrder(t, e, missionRender, tc.text, tc.want)
	}
}
