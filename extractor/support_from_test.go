package extractor

import "testing"

// TestSupportFrom holds concrete help followed by "from" and the
// countries that give it (frame.support-from): one line per country,
// organisations in the list passed over; near-misses name support in
// general, political support, help asked for or held back, a mission or
// a sum.
func TestSupportFrom(t *testing.T) {
	g := newGenTable(t)
	g.perRow = true
	tests := []struct {
		text string
		want []string
	}{
		{"Relief assistance from Japan, Turkey and Saudi Arabia continues to arrive in the flooded provinces.",
			[]string{"JP support delivered", "TR support delivered", "SA support delivered"}},
		{"Kenya welcomed military assistance from the United States.", []string{"US support delivered"}},
		{"Humanitarian assistance from the Red Cross, Norway and Denmark reached the camps.",
			[]string{"NO support delivered", "DK support delivered"}},
		{"Morocco accepted offers of assistance from Spain and Qatar.", []string{"ES support pledged", "QA support pledged"}},                      // accepted, not yet given
		{"The minister listed offers of technical assistance from Japan and Korea.", []string{"JP support considering", "KR support considering"}}, // offers (support.offers-of)
		// near-misses
		{"The resolution drew support from France and Germany.", nil},
		{"The plan has strong political support from Italy.", nil},
		{"Moldova requested demining assistance from Norway.", nil},
		{"Moldova needs technical assistance from Japan.", nil},
		{"Troop-contributing missions from Chad and Niger were smaller.", nil},
		{"Regarding support from Germany, the minister said nothing.", nil},
	}
	for _, tc := range tests {
		g.expect(tc.text, g.lines(tc.text, missionRender), tc.want)
	}
	g.done("support-from rows")
}
