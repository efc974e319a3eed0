package extractor

import (
	"fmt"
	"slices"
	"sort"
	"testing"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// logFailTally logs the failures of a generated table by dimension value
// (fails maps a value such as "frame passive" to its failing rows), most
// failing first, so the value behind a group of failures shows at once.
func logFailTally(t *testing.T, fails map[string]int) {
	t.Helper()
	keys := make([]string, 0, len(fails))
	for k := range fails {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		return fails[keys[i]] > fails[keys[j]] || fails[keys[i]] == fails[keys[j]] && keys[i] < keys[j]
	})
	for _, k := range keys {
		t.Logf("%4d %s", fails[k], k)
	}
}

// genTable is the shared harness of the generated test tables: it runs
// rows through one extractor, counts them, tallies the failing ones by
// dimension value ("frame passive", "item tanks") and, in done, logs the
// tally and fails the test.
//
// By default a failing row is logged and done fails the test once with
// the count. With perRow set, a failing row fails the test at once
// (t.Errorf) unless known reports its dimensions as a known gap, which is
// only logged; done then only logs how many rows pass.
type genTable struct {
	t      *testing.T
	e      *Extractor
	perRow bool
	known  func(dims []string) bool
	n      int // rows run
	nfail  int // rows failed
	fails  map[string]int
}

// newGenTable returns a harness with a fresh test extractor.
func newGenTable(t *testing.T) *genTable {
	return &genTable{t: t, e: newTestExtractor(t), fails: map[string]int{}}
}

// lines returns the lines extracted from text, each rendered by render
// (giveRender, partsRender, …), in the extractor's order.
func (g *genTable) lines(text string, render func(news.Commitment) string) []string {
	var got []string
	for _, c := range g.e.Extract(text) {
		got = append(got, render(c))
	}
	return got
}

// expect runs one row: got, the lines of text, must be want in order
// (nil and empty are alike). It reports whether the row passed.
func (g *genTable) expect(text string, got, want []string, dims ...string) bool {
	g.t.Helper()
	return g.row(slices.Equal(got, want), fmt.Sprintf("%q\n got  %q\n want %q", text, got, want), dims...)
}

// expectNone runs one near-miss row: got, the lines of text, must be
// empty.
func (g *genTable) expectNone(text string, got []string, dims ...string) bool {
	g.t.Helper()
	return g.row(len(got) == 0, fmt.Sprintf("near-miss %q\n got  %q", text, got), dims...)
}

// row counts one row that passed when ok; a failing row is tallied under
// dims and msg is logged, or for a perRow table reported as an error
// unless known calls it a known gap. It returns ok.
func (g *genTable) row(ok bool, msg string, dims ...string) bool {
	g.t.Helper()
	g.n++
	if ok {
		return true
	}
	g.nfail++
	for _, d := range dims {
		g.fails[d]++
	}
	switch {
	case !g.perRow:
		g.t.Logf("FAIL %s", msg)
	case g.known != nil && g.known(dims):
		g.t.Logf("known gap %s", msg)
	default:
		g.t.Error(msg)
	}
	return false
}

// done logs the tally of failures by dimension value; what names the
// rows ("generated rows", "near-miss rows"). A table that is not perRow
// fails when any row failed; a perRow table logs how many rows pass.
func (g *genTable) done(what string) {
	g.t.Helper()
	logFailTally(g.t, g.fails)
	if g.perRow {
		g.t.Logf("%s: %d of %d pass", what, g.n-g.nfail, g.n)
		return
	}
	if g.nfail > 0 {
		g.t.Errorf("%d of %d %s fail", g.nfail, g.n, what)
	}
}

// sortedLines returns the lines sorted: the order of two lines of one
// sentence is not checked.
func sortedLines(lines ...string) []string {
	out := slices.Clone(lines)
	slices.Sort(out)
	return out
}

// missionRender renders a line as "actor kind status" (the mission and
// support tables).
func missionRender(c news.Commitment) string {
	return c.Actor + " " + string(c.Kind) + " " + string(c.Status)
}

// expectAnyOrder fails t unless text gives exactly the lines want,
// rendered by render, in any order (a written row of a table).
func expectAnyOrder(t *testing.T, e *Extractor, render func(news.Commitment) string, text string, want []string) {
	t.Helper()
	var got []string
	for _, c := range e.Extract(text) {
		got = append(got, render(c))
	}
	got, want = sortedLines(got...), sortedLines(want...)
	if !slices.Equal(got, want) {
		t.Errorf("%q\n got  %q\n want %q", text, got, want)
	}
}
