package calibrate

import (
	"bufio"
	"encoding/json"
	"os"
	"sort"
	"strings"
	"testing"
)

func TestZZNested(t *testing.T) {
	f, err := os.Open("/tmp/calib-dev.jsonl")
	if err != nil {
		t.Skip()
	}
	var lines []Line
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	names := map[string]bool{}
	for sc.Scan() {
		var r struct {
			Doc   string
			Right bool
			X     map[string]float64
		}
		json.Unmarshal(sc.Bytes(), &r)
		lines = append(lines, Line{X: r.X, Right: r.Right, Group: r.Doc})
		for k := range r.X {
			if !strings.HasPrefix(k, "rule:") {
				names[k] = true
			}
		}
	}
	var all []string
	for k := range names {
		all = append(all, k)
	}
	sort.Strings(all)
	excl := []string{"rule:anchor."}
	ll := func(ls []Line, d []string) float64 {
		p, err := CrossValidate(ls, 5, Options{Dense: d, Exclude: excl})
		if err != nil {
			t.Fatal(err)
		}
		r := make([]bool, len(ls))
		for i := range ls {
			r[i] = ls[i].Right
		}
		return LogLoss(p, r)
	}
	var groups []string
	seen := map[string]bool{}
	for _, l := range lines {
		if !seen[l.Group] {
			seen[l.Group] = true
			groups = append(groups, l.Group)
		}
	}
	sort.Strings(groups)
	fold := map[string]int{}
	for i, g := range groups {
		fold[g] = (i * 7 + 3) % 5
	}
	out := make([]float64, len(lines))
	for f := range 5 {
		var train []Line
		for _, l := range lines {
			if fold[l.Group] != f {
				train = append(train, l)
			}
		}
		dense := append([]string{}, all...)
		cur := ll(train, dense)
		for {
			best, bi := cur, -1
			for i := range dense {
				d := append(append([]string{}, dense[:i]...), dense[i+1:]...)
				if l := ll(train, d); l < best-0.0005 {
					best, bi = l, i
				}
			}
			if bi < 0 {
				break
			}
			dense = append(dense[:bi], dense[bi+1:]...)
			cur = best
		}
		m, err := Fit(train, Options{Dense: dense, Exclude: excl})
		if err != nil {
			t.Fatal(err)
		}
		for i, l := range lines {
			if fold[l.Group] == f {
				out[i] = m.Prob(l.X)
			}
		}
		t.Logf("fold %d: kept %d", f, len(dense))
	}
	r := make([]bool, len(lines))
	for i := range lines {
		r[i] = lines[i].Right
		out[i] = float64(int(out[i]*100+0.5)) / 100
	}
	var b strings.Builder
	WriteReport(&b, "nested", out, r, 0.5)
	WriteSweep(&b, out, r)
	t.Log("\n" + b.String())
}
