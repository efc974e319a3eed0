package extractor

import "testing"

// TestDropParticipationWithTroopList holds self-written texts where the
// participants of a mission are named and then broken down in a list of
// troops: a listed country keeps only its troop line; a country not in
// the list keeps its participation line, and troops told in running text
// do not drop it.
func TestDropParticipationWithTroopList(t *testing.T) {
	e := newTestExtractor(t)
	rows := []struct {
		name, text string
		want       []string
	}{
		{"listed participants keep their troop lines",
			"Norway, Spain and Portugal will participate in the new mission.\n\nThe contributions are:\n- Norway: 1,200 troops\n- Spain: 800 troops\n",
			[]string{"NO troops pledged", "ES troops pledged", "PT support pledged"}},
		{"troops in running text keep the participation line",
			"Norway will participate in the new naval mission. Norway already has 1,200 troops in the region.",
			[]string{"NO support pledged", "NO troops delivered"}},
	}
	for _, r := range rows {
		t.Run(r.name, func(t *testing.T) {
			expectAnyOrder(t, e, missionRender, r.text, r.want)
		})
	}
}
