package extractor

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/pledgewatch/pledgewatch/internal/calibrate"
	"github.com/pledgewatch/pledgewatch/internal/news"
)

// candString renders a candidate line for the tables: actor, kind, value
// or item.
func candString(c news.Commitment) string {
	v := c.Item
	switch {
	case c.Troops != nil:
		v = fmt.Sprint(*c.Troops)
	case c.Amount != nil:
		v = fmt.Sprintf("%g %s", *c.Amount, c.Currency)
	case c.Count != nil:
		v = fmt.Sprintf("%d %s", *c.Count, c.Item)
	}
	return c.Actor + " " + string(c.Kind) + " " + v
}

// candidatesOf returns the rule lines of text and its candidate lines with
// their features.
func candidatesOf(t *testing.T, e *Extractor, text string) ([]news.Commitment, []news.Commitment, []candFeat) {
	t.Helper()
	a := e.analyze(text)
	defer e.release(a)
	lines := e.commitments(a)
	cl, xs := e.candidateLines(a, lines, true)
	return lines, cl, xs
}

// TestCandidatePairs checks which pairs the candidate stage makes and which
// it skips, on sentences written for the test.
func TestCandidatePairs(t *testing.T) {
	e := newTestExtractor(t)
	for _, tc := range []struct {
		name, text string
		want       []string // candidate lines, in order
	}{
		{"receiver named in the sentence: a pair the model weighs",
			"Norway will send 200 troops to Mali.", []string{"ML troops 200"}},
		{"each actor with the other's value; not with its own",
			"The government of Japan announced $5 million in emergency aid, and Canada pledged C$3 million.",
			[]string{"CA money 5e+06 CAD", "JP money 3e+06 CAD"}}, // the text writes C$: a lone "$" of Canada is C$
		{"goods of an actor with a line in the sentence: skipped; the receiver paired",
			"Denmark has delivered 19 fighter jets to Ukraine.", []string{"UA equipment 19 fighter jets"}},
		{"no actor in the sentence: the giver of the line before",
			"Germany pledged 30 ambulances to Ukraine. Critics said the $4 million price was high.",
			[]string{"UA equipment 30 ambulances", "DE money 4e+06 USD"}},
		{"no line near: the page's main actor, not its receiver",
			"Germany is the largest donor. Germany has a large army. Reports said logistics support would be needed. Ukraine said nothing.",
			[]string{"DE support logistics support"}},
		{"no line at all: the page's only actor",
			"The minister said 400 peacekeepers were needed. Kenya said it was ready.", []string{"KE troops 400"}},
		{"the same value said twice by the same actor: no pair",
			"Brazil will contribute 5 million euros. Brazil will contribute 5 million euros to the fund.", nil},
		{"goods of each actor with a line: no pair",
			"Poland and Italy are sending helicopters.", nil},
		{"no actor in the page: no pair",
			"The new package includes drones, radars and training for pilots.", nil},
		{"a group is never the actor",
			"The donors pledged $40 million.", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, cl, _ := candidatesOf(t, e, tc.text)
			var got []string
			for _, c := range cl {
				got = append(got, candString(c))
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("candidates of %q:\n got %q\nwant %q", tc.text, got, tc.want)
			}
		})
	}
}

// TestCandidateFeatures checks the features of one candidate of each
// sentence: the features named must have the values given, the others in
// check must be 0.
func TestCandidateFeatures(t *testing.T) {
	e := newTestExtractor(t)
	for _, tc := range []struct {
		text, cand string
		want       map[string]float64
		zero       []string
	}{
		{"Norway will send 200 troops to Mali.", "ML troops 200",
			map[string]float64{"kind.troops": 1, "actor.after": 1, "dist.1": 1, "prep.to": 1, "actor.receiver": 1,
				"actor.recipient-of-lines": 1, "value.used-other": 1, "how.country": 1, "rules.frame": 1, "troops×actor.receiver": 1},
			[]string{"prep.from", "actor.top", "how.prior-line", "cue.negation", "money×actor.receiver", "trigger.between"}},
		{"Germany pledged 30 ambulances to Ukraine. Critics said the $4 million price was high.", "DE money 4e+06 USD",
			map[string]float64{"kind.money": 1, "how.prior-line": 1, "actor.top": 1, "money.bare-dollar": 1, "cue.reporting": 1},
			[]string{"actor.after", "dist.1", "prep.to", "how.country", "actor.receiver"}},
		{"Reports said logistics support would be needed. Germany is a donor, Germany said. Kenya agreed.", "DE support logistics support",
			map[string]float64{"kind.support": 1, "how.page-top": 1, "line.headline": 1, "actor.top": 1},
			[]string{"how.prior-line", "how.country", "kind.money", "value.number"}},
		{"Sweden did not say whether the 50 vehicles that France sent would stay.", "SE equipment 50 vehicles",
			map[string]float64{"kind.equipment": 1, "cue.negation": 1, "actor.subject": 1, "actor.initial": 1, "dist.4-7": 1,
				"value.number": 1, "equipment×cue.negation": 1},
			[]string{"actor.after", "how.demonym", "prep.from"}},
		{"Aid pledged\nOfficials in Chad said French engineers had arrived with 30 trucks.", "TD equipment 30 trucks",
			map[string]float64{"prep.in": 1, "actor.reporter": 1, "dist.4-7": 1, "how.country": 1, "cue.reporting": 1},
			[]string{"line.headline", "how.demonym", "actor.after", "line.list"}},
		{"Aid pledged\n\"We will also need 40 ambulances,\" said the Turkish minister, speaking in Ankara.", "TR equipment 40 ambulances",
			map[string]float64{"how.demonym": 1, "line.quote": 1, "actor.after": 1, "actor.top": 1},
			[]string{"line.headline", "how.country", "how.capital", "prep.in"}},
		{"Aid pledged\n- 25 generators from Tokyo", "JP equipment 25 generators",
			map[string]float64{"how.capital": 1, "prep.from": 1, "line.list": 1, "value.initial": 1, "dist.1": 1},
			[]string{"prep.to", "line.quote", "line.headline", "actor.initial"}},
	} {
		_, cl, xs := candidatesOf(t, e, tc.text)
		i := slices.IndexFunc(cl, func(c news.Commitment) bool { return candString(c) == tc.cand })
		if i < 0 {
			var got []string
			for _, c := range cl {
				got = append(got, candString(c))
			}
			t.Errorf("%q: no candidate %q among %q", tc.text, tc.cand, got)
			continue
		}
		x := map[string]float64{}
		for k, n := range candNames {
			x[n] = xs[i][k]
		}
		for n, v := range tc.want {
			if x[n] != v {
				t.Errorf("%q %s: %s = %v, want %v", tc.text, tc.cand, n, x[n], v)
			}
		}
		for _, n := range tc.zero {
			if _, ok := x[n]; !ok {
				t.Errorf("no feature %q", n)
			}
			if x[n] != 0 {
				t.Errorf("%q %s: %s = %v, want 0", tc.text, tc.cand, n, x[n])
			}
		}
	}
}

// testCandModel returns a model file with the weights (on raw values) by
// feature name and the intercept.
func testCandModel(t *testing.T, intercept float64, w map[string]float64) []byte {
	t.Helper()
	m := calibrate.Model{Format: calibrate.FormatVersion, Description: "test", Intercept: intercept}
	for _, n := range candNames {
		if v, ok := w[n]; ok {
			m.Features = append(m.Features, calibrate.Feature{Name: n, Scale: 1, Weight: v})
		}
	}
	b, err := m.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestCandidateEmission checks that a candidate at or above the threshold
// becomes a line with its probability as confidence, that suggestions
// come only when asked, and that the default emits none.
func TestCandidateEmission(t *testing.T) {
	const text = "Germany pledged 30 ambulances to Ukraine. Critics said the $4 million price was high."
	model := testCandModel(t, -2, map[string]float64{"kind.money": 4}) // money 0.88, the rest 0.12
	render := func(cs []news.Commitment) []string {
		var out []string
		for _, c := range cs {
			out = append(out, fmt.Sprintf("%s %s %.2f", candString(c), strings.Join(c.Rules, ","), c.Confidence))
		}
		return out
	}
	def := newTestExtractor(t).Extract(text)
	for _, c := range def {
		if slices.Contains(c.Rules, ruleCandidate) {
			t.Errorf("default extractor emits a candidate line: %v", render(def))
		}
	}
	for _, tc := range []struct {
		name string
		opts Options
		want []string // the candidate lines
	}{
		{"threshold", Options{CandidateModel: model, CandidateThreshold: 0.5},
			[]string{"DE money 4e+06 USD candidate.learned,kind.money,currency.bare-dollar 0.88"}},
		{"threshold above the money's probability", Options{CandidateModel: model, CandidateThreshold: 0.9}, nil},
		{"off, with suggestions", Options{CandidateModel: model, CandidateThreshold: 2, CandidateSuggest: 0.1},
			[]string{"UA equipment 30 ambulances candidate.learned,kind.equipment,anchor.pledged,review.candidate 0.12",
				"DE money 4e+06 USD candidate.learned,kind.money,currency.bare-dollar,review.candidate 0.45"}},
	} {
		e, err := New(tc.opts)
		if err != nil {
			t.Fatal(err)
		}
		cs := e.Extract(text)
		if len(cs) != len(def)+len(tc.want) {
			t.Errorf("%s: %d lines, want the %d rule lines and %d more: %q", tc.name, len(cs), len(def), len(tc.want), render(cs))
		}
		var got []news.Commitment
		for i, c := range cs {
			if slices.Contains(c.Rules, ruleCandidate) {
				got = append(got, c)
				if c.Evidence != text[c.Start:c.End] || c.Status == "" {
					t.Errorf("%s: line %d: evidence %q, status %q", tc.name, i, c.Evidence, c.Status)
				}
			}
			if i > 0 && cs[i-1].Start > c.Start {
				t.Errorf("%s: lines out of text order: %q", tc.name, render(cs))
			}
		}
		if g := render(got); !slices.Equal(g, tc.want) {
			t.Errorf("%s:\n got %q\nwant %q", tc.name, g, tc.want)
		}
		// ExtractWithFeatures returns the same lines; a candidate line has no features
		cw, feats := e.ExtractWithFeatures(text)
		if !slices.EqualFunc(cw, cs, func(a, b news.Commitment) bool { return candString(a) == candString(b) }) {
			t.Errorf("%s: ExtractWithFeatures %q, Extract %q", tc.name, render(cw), render(cs))
		}
		for i, c := range cw {
			if (feats[i] == nil) != slices.Contains(c.Rules, ruleCandidate) {
				t.Errorf("%s: line %d (%s): features %v", tc.name, i, candString(c), feats[i] != nil)
			}
		}
	}
}

// TestCandidateModelFile checks the embedded model and a malformed one.
func TestCandidateModelFile(t *testing.T) {
	if _, err := newCandModel(DefaultCandidateModel()); err != nil {
		t.Fatalf("embedded candidate model: %v", err)
	}
	bad := []byte(`{"format":1,"intercept":0,"features":[{"name":"no.such.feature","mean":0,"scale":1,"weight":1}]}`)
	if _, err := New(Options{CandidateModel: bad}); err == nil {
		t.Error("a model with an unknown feature loads")
	}
	if _, err := New(Options{CandidateModel: []byte("{")}); err == nil {
		t.Error("a malformed model loads")
	}
	names := CandidateFeatureNames()
	seen := map[string]bool{}
	for _, n := range names {
		if n == "" || seen[n] {
			t.Errorf("candidate feature name %q empty or repeated", n)
		}
		seen[n] = true
	}
}

// TestCandidatePruning checks that emission, which skips the frame
// features of candidates that cannot reach the threshold, emits exactly
// the candidates of ExtractCandidates at or above it, with the embedded
// model.
func TestCandidatePruning(t *testing.T) {
	if candCross[crossFrame] != kfFrame {
		t.Fatalf("crossFrame %d is not the index of rules.frame in candCross", crossFrame)
	}
	texts := []string{
		"Germany pledged 30 ambulances to Ukraine. Critics said the $4 million price was high.",
		"Norway will send 200 troops to Mali. Officials said 35 medics would follow later.",
		"The minister said 400 peacekeepers were needed. Kenya said it was ready.",
		"Germany is the largest donor. Germany has a large army. Reports said logistics support would be needed. Ukraine said nothing.",
		"The government of Japan announced $5 million in emergency aid, and Canada pledged C$3 million.",
	}
	for _, th := range []float64{0.05, 0.1, 0.2} {
		e, err := New(Options{CandidateThreshold: th})
		if err != nil {
			t.Fatal(err)
		}
		for _, text := range texts {
			_, cands := e.ExtractCandidates(text)
			var want, got []string
			for _, c := range cands {
				if c.Line.Confidence >= th {
					want = append(want, candString(c.Line))
				}
			}
			for _, c := range e.Extract(text) {
				if slices.Contains(c.Rules, ruleCandidate) {
					got = append(got, candString(c))
				}
			}
			if !slices.Equal(got, want) {
				t.Errorf("threshold %v, %q:\n got %q\nwant %q", th, text, got, want)
			}
		}
	}
}

// FuzzExtractCandidates runs the candidate stage with every candidate
// emitted (and the frame-feature bound skipped for none) on any text:
// the lines keep the invariants of Extract.
func FuzzExtractCandidates(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	e, err := New(Options{CandidateThreshold: 0.01})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkInvariants(t, text, e.Extract(text))
		_, cands := e.ExtractCandidates(text)
		for _, c := range cands {
			if c.Line.Evidence != text[c.Line.Start:c.Line.End] || len(c.X) == 0 {
				t.Fatalf("candidate %+v: evidence or features wrong", c.Line)
			}
		}
	})
}
