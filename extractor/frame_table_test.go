package extractor

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// gateTexts returns the texts the gate tests read: the held-out articles
// and the negatives of the repository, and the seed corpus when shared/
// sits beside the repository.
func gateTexts(t *testing.T) []string {
	var texts []string
	for _, dir := range []string{"testdata/heldout/dev", "testdata/heldout/dev2", "testdata/heldout/test",
		"testdata/negatives/mixed", "testdata/negatives/pure", "../../shared/corpus/seeds"} {
		files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			texts = append(texts, string(data))
		}
	}
	if len(texts) < 10 {
		t.Fatalf("found %d texts under testdata, want the held-out and negative corpora", len(texts))
	}
	return texts
}

// TestFrameTableGatesExact checks on real text that every step of the
// frame table that walkFrames skips would have reported no frame: a step
// left out of a kind's table, or gated by classes or function words
// its sentence lacks,
// returns false when called anyway.
func TestFrameTableGatesExact(t *testing.T) {
	e := newTestExtractor(t)
	tables := []struct {
		name  string
		steps []frameStep
		split *[kindCount][]frameStep
	}{
		{"named", namedStepsOf(e), &e.frames.named},
		{"late", lateStepsOf(e), &e.frames.late},
	}
	skipped := 0
	for _, text := range gateTexts(t) {
		a := e.analyze(text)
		a.computeStats()
		for i := range a.quants {
			q := &a.quants[i]
			if q.sent < 0 || q.sent >= len(a.sents) {
				continue
			}
			s := a.sents[q.sent]
			k := frameKindOf(q)
			for _, tb := range tables {
				for _, st := range tb.steps {
					in := slices.ContainsFunc(tb.split[k], func(o frameStep) bool { return o.name == st.name })
					gated := st.cls != 0 && a.stats.sentCls[q.sent]&st.cls == 0 || st.words != 0 && a.sentFunc[q.sent]&st.words == 0
					if in && !gated {
						continue
					}
					skipped++
					var f frame
					fired := a.runStep(st.id, q, s, &f)
					if fired {
						t.Errorf("%s step %q fires for %s quantity %q although walkFrames skips it (kind listed %v)",
							tb.name, st.name, q.kind, text[a.toks[q.start].start:a.toks[q.end-1].end], in)
					}
				}
			}
		}
		e.release(a)
	}
	if skipped == 0 {
		t.Fatal("no step was skipped: the gates were not exercised")
	}
}

// namedStepsOf and lateStepsOf return the steps of the frame table in
// order, with every kind (the union of the per-kind tables).
func namedStepsOf(e *Extractor) []frameStep { return unionSteps(&e.frames.named) }
func lateStepsOf(e *Extractor) []frameStep  { return unionSteps(&e.frames.late) }

func unionSteps(split *[kindCount][]frameStep) []frameStep {
	var out []frameStep
	for _, steps := range split {
		for _, st := range steps {
			if !slices.ContainsFunc(out, func(o frameStep) bool { return o.name == st.name }) {
				out = append(out, st)
			}
		}
	}
	return out
}

// TestFrameTableByKind checks that splitting the table by kind keeps the
// order of the steps and puts each step in the table of every kind it
// reads, and only there.
func TestFrameTableByKind(t *testing.T) {
	steps := []frameStep{
		{name: "a", kinds: kTroops},
		{name: "b", kinds: kAll},
		{name: "c", kinds: kMoneyNum},
		{name: "d", kinds: kTroopsNum | kMoneyNum},
	}
	split := byKind(steps)
	names := func(k int) string {
		var ns []string
		for _, st := range split[k] {
			ns = append(ns, st.name)
		}
		return strings.Join(ns, "")
	}
	for _, c := range []struct {
		q    quantity
		want string
	}{
		{quantity{kind: news.KindTroops, num: &numPhrase{}}, "abd"},
		{quantity{kind: news.KindTroops}, "ab"},
		{quantity{kind: news.KindMoney, num: &numPhrase{}}, "bcd"},
		{quantity{kind: news.KindMoney}, "b"},
		{quantity{kind: news.KindEquipment}, "b"},
		{quantity{kind: news.KindSupport}, "b"},
	} {
		if got := names(frameKindOf(&c.q)); got != c.want {
			t.Errorf("%s (counted %v): steps %q, want %q", c.q.kind, c.q.num != nil, got, c.want)
		}
	}
	e := newTestExtractor(t)
	seen, ids := map[string]bool{}, map[stepID]bool{}
	for _, st := range append(namedStepsOf(e), lateStepsOf(e)...) {
		if seen[st.name] || ids[st.id] {
			t.Errorf("step name %q or its id twice", st.name)
		}
		seen[st.name], ids[st.id] = true, true
		if st.kinds == 0 {
			t.Errorf("step %q reads no kind", st.name)
		}
	}
}

// TestOthersPlanWelcomedRanges checks that othersPlanWelcomed answers as
// a token-by-token scan for short and long ranges (a long one reads the
// text's list of welcoming words).
func TestOthersPlanWelcomedRanges(t *testing.T) {
	e := newTestExtractor(t)
	text := strings.Repeat("Germany will send 20 tanks to Ukraine, the ministry said on Monday. ", 6) +
		"France welcomed the decision of its allies. " +
		strings.Repeat("Norway pledged $5 million in aid for the region this year. ", 6) +
		"The United States is in favour of plans to send jets. Canada hailed it."
	a := e.analyze(text)
	defer e.release(a)
	scan := func(from, to int) bool {
		for k := max(0, from); k < to && k < len(a.toks); k++ {
			switch a.lw(k) {
			case "favor", "favour", "welcomed", "welcomes", "welcoming", "praised", "praises", "applauded", "hailed":
				return true
			}
		}
		return false
	}
	long, hits := 0, 0
	for from := -2; from < len(a.toks)+2; from += 3 {
		for to := from; to < len(a.toks)+3; to += 5 {
			want := scan(from, to)
			if got := a.othersPlanWelcomed(from, to); got != want {
				t.Fatalf("othersPlanWelcomed(%d, %d) = %v, want %v", from, to, got, want)
			}
			if to-from > 64 {
				long++
			}
			if want {
				hits++
			}
		}
	}
	if long == 0 || hits == 0 {
		t.Fatalf("%d long ranges, %d with a welcoming word: the text does not exercise both paths", long, hits)
	}
}

// TestJointLinesIndex checks jointLines, read from the line index, against
// a scan of the lines, for every prefix of a list of lines.
func TestJointLinesIndex(t *testing.T) {
	e := newTestExtractor(t)
	text := "Germany will send tanks. France and Italy will send jets. NATO will help. Spain will send ships."
	a := e.analyze(text)
	defer e.release(a)
	starts := []int{0, 25, 58, 73, -1}
	cs := []news.Commitment{
		{Actor: "DE", Kind: news.KindEquipment, Start: 0},
		{Actor: "FR", Kind: news.KindEquipment, Start: 25},
		{Actor: "group:NATO", Kind: news.KindSupport, Start: 58},
		{Actor: "IT", Kind: news.KindEquipment, Start: 25},
		{Actor: "FR", Kind: news.KindMoney, Start: 25},
		{Actor: "ES", Kind: news.KindEquipment, Start: 73},
		{Actor: "group:EU", Kind: news.KindSupport, Start: 73},
		{Actor: "ES", Kind: news.KindMoney, Start: 73},
	}
	scan := func(cs []news.Commitment, start int, owner string) bool {
		for _, c := range cs {
			if c.Start == start && c.Actor != owner && !strings.HasPrefix(c.Actor, "group:") {
				return true
			}
		}
		return false
	}
	a.lineIx.reset()
	trues := 0
	for n := 0; n <= len(cs); n++ {
		for _, start := range starts {
			for _, owner := range []string{"DE", "FR", "IT", "ES", "group:NATO", ""} {
				want := scan(cs[:n], start, owner)
				if got := a.jointLines(cs[:n], start, owner); got != want {
					t.Errorf("%d lines: jointLines(%d, %q) = %v, want %v", n, start, owner, got, want)
				}
				if want {
					trues++
				}
			}
		}
	}
	if trues == 0 {
		t.Fatal("no joint lines in the cases")
	}
}
