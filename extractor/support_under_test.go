package extractor

import "testing"

// TestSupportUnderCommand holds an operation under a country's command
// (support.under-command), the sharing of the lead of a mission, and
// the command of a standing naval group named by its task; near-misses
// name a country's own forces, casualties, or no mission.
func TestSupportUnderCommand(t *testing.T) {
	g := newGenTable(t)
	g.perRow = true
	tests := []struct {
		text string
		want []string
	}{
		{"The multinational battle group, under German command, is based in Lithuania.", []string{"DE support delivered"}},
		{"The naval exercise of the mission will continue under Norwegian command until May.", []string{"NO support delivered"}},
		{"The task force operates under Italian naval command in the Red Sea.", []string{"IT support delivered"}},
		// known gap: "The training mission in Mali was under Spain's leadership
		// last year." (a past lead dated by its year gives no line)
		{"The training mission in Mali was under Spain's leadership last year.", nil},
		{"Belgium has assumed command of the standing mine countermeasures group.", []string{"BE support delivered"}},
		{"Denmark and Poland will share the leadership of the air policing mission.", []string{"DK support pledged", "PL support pledged"}},
		// near-misses
		{"The Russian troops near the border are under Russian command.", nil},
		{"The mission reported that two soldiers under French command were killed.", nil},
		{"The city has been under Russian control since March.", nil},
		{"France said its ships in the mission would stay under French command.", nil},
	}
	for _, tc := range tests {
		g.expect(tc.text, g.lines(tc.text, missionRender), tc.want)
	}
	g.done("under-command rows")
}
