package extractor

import (
	"fmt"
	"strings"
	"testing"
)

// TestGeneratedModelCodes runs model codes that are not in the lexicon
// standing as the head ("S-400", "A400M", "R44s") × counts × frames of
// giving, and near-misses: codes of other things (groups, flights,
// diseases, quarters, talks) and a code before another noun ("the S-400
// deal") give no equipment line.
func TestGeneratedModelCodes(t *testing.T) {
	g := newGenTable(t)
	codes := []string{"S-400", "S-400s", "A400M", "AH-1Z", "UH-72s", "Su-57", "KF-21", "FA-50s", "LAV-25", "AW159", "J-10C", "K239"}
	counts := []equipGenCount{{"none", "{N}", "-"}, {"digits", "12 {N}", "12"}, {"words", "six {N}", "6"}}
	frames := []equipGenFrame{
		{"delivered", "{A} delivered {X} to Turkey.", "delivered"},
		{"will send", "{A} will send {X} to Ukraine.", "pledged"},
		{"could supply", "{A} could supply {X} to India.", "considering"},
		{"batch of", "{A} has handed over the first batch of {X} to Egypt.", "delivered"},
		{"passive", "{X} were donated to the Philippines by {A}.", "delivered"},
	}
	n := 0
	for _, code := range codes {
		for _, f := range frames {
			c := counts[n%len(counts)]
			d := giveDonors[n%len(giveDonors)]
			n++
			x := strings.ReplaceAll(c.tmpl, "{N}", code)
			if f.name == "batch of" {
				x = code // ("the first batch of 12 S-400": no count of its own)
				c = counts[0]
			}
			s := strings.NewReplacer("{A}", d.name, "{X}", x).Replace(f.tmpl)
			s = strings.ToUpper(s[:1]) + s[1:]
			want := []string{fmt.Sprintf("%s equipment %s %s", d.code, c.value, f.status)}
			g.expect(s, g.lines(s, giveRender), want, "code "+code, "frame "+f.name, "count "+c.name)
		}
	}
	near := []string{
		"Turkey signed the S-400 deal with Russia.",
		"Britain sent condolences over MH17 to the Netherlands.",
		"The P5 and Germany offered Iran a new deal.",
		"Germany will send a delegation to the G7 summit.",
		"Japan will host the G20 in Osaka.",
		"France sent experts to fight H1N1 in Mexico.",
		"Italy will send a minister to COP28 in Dubai.",
		"Norway provided data on SARS-CoV-2 to the WHO.",
		"The V4 countries sent a letter to Brussels.",
		"Canada delivered its report in Q3 to the committee.",
		"Rwanda has backed the M23, which holds the town.",
	}
	for _, s := range near {
		var got []string
		for _, c := range g.e.Extract(s) {
			if c.Kind == "equipment" {
				got = append(got, giveRender(c))
			}
		}
		g.expectNone(s, got, "near-miss")
	}
	g.done("rows")
}

// TestModelCodeUnits holds model codes counted by their units ("five
// S-400 regiments"), with a recipient's "will receive … from".
func TestModelCodeUnits(t *testing.T) {
	g := newGenTable(t)
	g.perRow = true
	tests := []struct {
		text string
		want []string
	}{
		{"India will receive five S-400 regiments from Russia by 2024.", []string{"RU equipment 5 pledged"}},
		{"Russia will supply five S-400 regiments to India.", []string{"RU equipment 5 pledged"}},
		{"China has delivered two HQ-9 squadrons to Pakistan.", []string{"CN equipment 2 delivered"}},
		{"Turkey received the first S-400 kits from Russia in July.", []string{"RU equipment - delivered"}},
		{"Russia delivered the first batch of S-400 to Turkey.", []string{"RU equipment - delivered"}},
	}
	for _, tc := range tests {
		g.expect(tc.text, g.lines(tc.text, giveRender), tc.want)
	}
	g.done("rows")
}
