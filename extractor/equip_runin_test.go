package extractor

import "testing"

// TestRunInListing holds counted goods listed after "includes",
// "including", "comprises" or "contains" with no colon: with two counted
// goods the lexicon knows in the list, the counted items it does not
// know are goods too (one line each); near-misses list no known goods,
// count people or time, or hold one known item only.
func TestRunInListing(t *testing.T) {
	g := newGenTable(t)
	g.perRow = true
	tests := []struct {
		text string
		want []string
	}{
		{"Japan will donate medical equipment to the hospital. The equipment includes two ultrasound scanners, four infusion stands, ten suction pumps and six ventilators.",
			[]string{"JP equipment - pledged", "JP equipment 2 pledged", "JP equipment 4 pledged", "JP equipment 10 pledged", "JP equipment 6 pledged"}},
		{"Norway has delivered a package including 12 howitzers, 40 trucks and six field kitchens.",
			[]string{"NO equipment 12 delivered", "NO equipment 40 delivered", "NO equipment 6 delivered"}},
		{"The Korean donation comprises 20 ambulances, five mobile workshops and 30 generators.",
			[]string{"KR equipment 20 pledged", "KR equipment 5 pledged", "KR equipment 30 pledged"}},
		// near-misses: no new line
		{"The Korean donation comprises 20 ambulances and five mobile workshops.", []string{"KR equipment 20 pledged"}},
		{"Norway has delivered a package including 12 howitzers, 40 trucks and three years of training.",
			[]string{"NO equipment 12 delivered", "NO equipment 40 delivered"}},
		{"The delegation includes 12 ministers, 40 officials and six journalists.", nil},
	}
	for _, tc := range tests {
		g.expect(tc.text, g.lines(tc.text, giveRender), tc.want)
	}
	g.done("run-in listing rows")
}
