package extractor

import "testing"

// A bare "help" as the object of a verb of giving is a kind of support
// (helpNounAt), with the status of its verb. Sentences are written for
// the test.

// TestHelpNoun checks the donor's support line and its status, and that
// the near-misses give none.
func TestHelpNoun(t *testing.T) {
	g := newGenTable(t)
	rows := []struct {
		text string
		want []string
	}{
		{"Spain has offered help to the flood victims.", []string{"ES support pledged"}},
		{"Spain and Japan offered help to Turkey after the earthquake.", []string{"ES support pledged", "JP support pledged"}},
		{"Several countries, including Spain, Portugal and Japan, have offered help.", []string{"ES support pledged", "JP support pledged", "PT support pledged"}},
		{"Spain has offered its help to Turkey.", []string{"ES support pledged"}},
		{"Spain may offer help to Turkey.", []string{"ES support considering"}},
		{"Spain sent help to Portugal after the floods.", []string{"ES support delivered"}},
		{"Japan will provide help in rebuilding the bridges.", []string{"JP support pledged"}},
		{"Spain did not offer help to Turkey.", []string{"ES support declined"}},
	}
	for _, r := range rows {
		g.expect(r.text, sortedLines(g.lines(r.text, missionRender)...), r.want, "help-noun")
	}
	for _, text := range []string{
		"Turkey thanked all the countries that offered help.",
		"Turkey asked Spain for help after the earthquake.",
		"Portugal needs help to rebuild its bridges.",
		"Spain sent help requests to its neighbours.",
		"The villagers said help never came.",
	} {
		g.expectNone(text, g.lines(text, missionRender), "near-miss")
	}
	g.done("help noun")
}
