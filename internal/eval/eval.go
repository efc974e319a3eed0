package eval

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// ErrMalformed is returned (wrapped) by Load for a line that is not a JSON
// object, and by Score for a gold line without a doc.
var ErrMalformed = errors.New("eval: malformed line")

// Row is one commitment line: a JSON object decoded generically.
type Row map[string]any

// Kinds are the scored kinds, in report order.
var kinds = []string{"troops", "money", "equipment", "support"}

// Load reads JSON Lines from r; blank lines are skipped. name is used in
// error messages.
func Load(r io.Reader, name string) ([]Row, error) {
	var rows []Row
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 16*1024*1024)
	n := 0
	for sc.Scan() {
		n++
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		var row Row
		if err := json.Unmarshal(line, &row); err != nil {
			return nil, fmt.Errorf("%w: %s:%d: not JSON: %w", ErrMalformed, name, n, err)
		}
		if row == nil {
			return nil, fmt.Errorf("%w: %s:%d: not a JSON object", ErrMalformed, name, n)
		}
		rows = append(rows, row)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("eval: %s: %w", name, err)
	}
	return rows, nil
}

// KindScore is the line of one kind (or group of kinds) in a report.
type KindScore struct {
	Name                 string
	TP, Pred, Gold       int
	Precision, Recall, F float64
}

// Miss is a line of the --show listing: a false positive ("FP"), a false
// negative ("FN") or a status mismatch ("STATUS").
type Miss struct {
	Tag        string
	Row        Row
	GoldStatus any // for STATUS
}

// Report is the result of Score.
type Report struct {
	// Kinds holds troops, money, equipment, support, quantified, all.
	Kinds             []KindScore
	StatusOK, StatusN int
	Misses            []Miss
	Quantified, AllF1 float64
	// Outcomes[i] tells what became of pred[i] (the argument of Score).
	Outcomes []Outcome
}

// Outcome is what became of one prediction.
type Outcome int

// Outcomes of a prediction.
const (
	// Ignored: its doc is not scored or its actor is not a country code,
	// EU or NATO.
	Ignored Outcome = iota
	// Right: it matched a scored gold line (a true positive).
	Right
	// Wrong: it matched no gold line (a false positive).
	Wrong
	// Unscored: it matched a gold line with "scored": false.
	Unscored
)

// Options narrows scoring.
type Options struct {
	// Docs, if not nil, restricts scoring to these documents (of the gold's).
	Docs []string
}

var actorRE = regexp.MustCompile(`^([A-Z]{2}|EU|NATO)\n?$`)

// Score compares pred with gold as score.py does.
func Score(pred, gold []Row, opts Options) (*Report, error) {
	docs := map[string]bool{}
	for i, g := range gold {
		d, ok := g["doc"]
		if !ok {
			return nil, fmt.Errorf("%w: gold line %d has no doc", ErrMalformed, i+1)
		}
		docs[key(d)] = true
	}
	if opts.Docs != nil {
		keep := map[string]bool{}
		for _, d := range opts.Docs {
			if docs[key(d)] {
				keep[key(d)] = true
			}
		}
		docs = keep
	}
	var g2 []Row
	for _, g := range gold {
		if docs[key(g["doc"])] {
			g2 = append(g2, g)
		}
	}
	gold = g2
	var p2 []Row
	var at []int // index in pred of each line of p2
	outcomes := make([]Outcome, len(pred))
	for i, p := range pred {
		if !docs[key(p["doc"])] { // a missing doc is null, as p.get("doc") is None
			continue
		}
		a, isStr := p["actor"].(string)
		if !isStr || !actorRE.MatchString(a) {
			continue
		}
		p2 = append(p2, p)
		at = append(at, i)
	}
	pred = p2

	by := map[string][]int{}
	for i, g := range gold {
		k := triple(g["doc"], g["actor"], g["kind"])
		by[k] = append(by[k], i)
	}
	used := map[int]bool{}
	tp, fp, fn := map[string]int{}, map[string]int{}, map[string]int{}
	rep := &Report{Outcomes: outcomes}
	idx := make([]int, len(pred))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(i, j int) bool { return !vague(pred[idx[i]]) && vague(pred[idx[j]]) })
	for _, pi := range idx {
		p := pred[pi]
		hit := -1
		for _, i := range by[triple(p["doc"], p["actor"], p["kind"])] {
			if !used[i] && sameValue(p, gold[i]) {
				hit = i
				break
			}
		}
		if hit < 0 {
			outcomes[at[pi]] = Wrong
			fp[key(p["kind"])]++
			rep.Misses = append(rep.Misses, Miss{Tag: "FP", Row: p})
			continue
		}
		used[hit] = true
		g := gold[hit]
		if !truthy(g, "scored") {
			outcomes[at[pi]] = Unscored
			continue
		}
		outcomes[at[pi]] = Right
		tp[key(g["kind"])]++
		rep.StatusN++
		if jsonEqual(p["status"], g["status"]) {
			rep.StatusOK++
		} else {
			rep.Misses = append(rep.Misses, Miss{Tag: "STATUS", Row: p, GoldStatus: g["status"]})
		}
	}
	for i, g := range gold {
		if !used[i] && truthy(g, "scored") {
			fn[key(g["kind"])]++
			rep.Misses = append(rep.Misses, Miss{Tag: "FN", Row: g})
		}
	}
	prf := func(name string, ks []string) KindScore {
		s := KindScore{Name: name}
		for _, k := range ks {
			kk := key(k)
			s.TP += tp[kk]
			s.Pred += tp[kk] + fp[kk]
			s.Gold += tp[kk] + fn[kk]
		}
		if s.Pred > 0 {
			s.Precision = float64(s.TP) / float64(s.Pred)
		}
		if s.Gold > 0 {
			s.Recall = float64(s.TP) / float64(s.Gold)
		}
		if s.Precision+s.Recall > 0 {
			s.F = 2 * s.Precision * s.Recall / (s.Precision + s.Recall)
		}
		return s
	}
	for _, k := range kinds {
		rep.Kinds = append(rep.Kinds, prf(k, []string{k}))
	}
	q := prf("quantified", []string{"troops", "money"})
	all := prf("all", kinds)
	rep.Kinds = append(rep.Kinds, q, all)
	rep.Quantified, rep.AllF1 = q.F, all.F
	return rep, nil
}

// vague reports whether a prediction's kind is not troops or money: those
// are matched after the exact ones.
func vague(p Row) bool {
	k, ok := p["kind"].(string)
	return !ok || (k != "troops" && k != "money")
}

// sameValue is score.py's same_value.
func sameValue(p, g Row) bool {
	k, _ := g["kind"].(string)
	switch k {
	case "troops":
		a, aok := num(p["troops"])
		b, bok := num(g["troops"])
		return aok == bok && (!aok || a == b)
	case "money":
		pa, paok := num(p["amount"])
		ga, gaok := num(g["amount"])
		if !paok && !gaok {
			return true
		}
		if strings.ToUpper(orEmpty(p["currency"])) != strings.ToUpper(orEmpty(g["currency"])) || !paok || !gaok {
			return false
		}
		return math.Abs(pa-ga) <= 0.005*math.Abs(ga)
	}
	return true
}

// num is score.py's num: a float, or none (ok false) for null and values
// float() rejects.
func num(v any) (float64, bool) {
	switch x := v.(type) {
	case nil:
		return 0, false
	case float64:
		return x, true
	case bool:
		if x {
			return 1, true
		}
		return 0, true
	case string:
		f, err := strconv.ParseFloat(strings.TrimSpace(x), 64)
		if err != nil {
			return 0, false
		}
		return f, true
	}
	return 0, false
}

// orEmpty is Python's (v or ""): the string, or "" for a falsy value.
func orEmpty(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case nil:
		return ""
	case bool:
		if !x {
			return ""
		}
		return "True"
	case float64:
		if x == 0 {
			return ""
		}
		return strconv.FormatFloat(x, 'g', -1, 64)
	}
	return fmt.Sprint(v)
}

// truthy is Python's bool(g.get(name, True)).
func truthy(g Row, name string) bool {
	v, ok := g[name]
	if !ok {
		return true
	}
	switch x := v.(type) {
	case nil:
		return false
	case bool:
		return x
	case float64:
		return x != 0
	case string:
		return x != ""
	case []any:
		return len(x) > 0
	case map[string]any:
		return len(x) > 0
	}
	return true
}

// key renders a JSON value as a map key; equal values give equal keys.
func key(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

func triple(a, b, c any) string { return key(a) + "\x00" + key(b) + "\x00" + key(c) }

func jsonEqual(a, b any) bool { return key(a) == key(b) }

// Format writes the report as score.py prints it; with show, the misses
// are listed before the last line.
func (r *Report) Format(w io.Writer, show bool) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%-12s%5s%6s%6s%8s%8s%8s\n", "kind", "tp", "pred", "gold", "P", "R", "F1")
	for _, k := range r.Kinds {
		fmt.Fprintf(&b, "%-12s%5d%6d%6d%8.3f%8.3f%8.3f\n", k.Name, k.TP, k.Pred, k.Gold, k.Precision, k.Recall, k.F)
	}
	fmt.Fprintf(&b, "status accuracy on matches: %d/%d", r.StatusOK, r.StatusN)
	if r.StatusN > 0 {
		fmt.Fprintf(&b, " = %.3f", float64(r.StatusOK)/float64(r.StatusN))
	}
	b.WriteString("\n")
	if show {
		for _, m := range r.Misses {
			b.WriteString(missLine(m))
		}
	}
	fmt.Fprintf(&b, "F1 quantified=%.3f all=%.3f\n", r.Quantified, r.AllF1)
	_, err := io.WriteString(w, b.String())
	if err != nil {
		return fmt.Errorf("eval: %w", err)
	}
	return nil
}

// missLine renders one miss roughly as score.py --show does.
func missLine(m Miss) string {
	r := m.Row
	ev := []rune(str(r["evidence"]))
	if len(ev) > 90 {
		ev = ev[:90]
	}
	var val string
	switch str(r["kind"]) {
	case "troops":
		val = str(r["troops"])
	case "money":
		val = str(r["amount"]) + " " + str(r["currency"])
	default:
		val = str(r["item"])
	}
	gs := ""
	if m.Tag == "STATUS" {
		gs = str(m.GoldStatus)
	}
	return fmt.Sprintf("%-7s%-23s%-6s%-10s%-25s%s %s | %s\n", m.Tag, clip(str(r["doc"]), 22), str(r["actor"]),
		str(r["kind"]), clip(val, 24), str(r["status"]), gs, string(ev))
}

func clip(s string, n int) string {
	r := []rune(s)
	if len(r) > n {
		return string(r[:n])
	}
	return s
}

// str renders a JSON value roughly as Python's str().
func str(v any) string {
	switch x := v.(type) {
	case nil:
		return "None"
	case string:
		return x
	case bool:
		if x {
			return "True"
		}
		return "False"
	case float64:
		if x == math.Trunc(x) && math.Abs(x) < 1e16 {
			return strconv.FormatFloat(x, 'f', 1, 64)
		}
		return strconv.FormatFloat(x, 'g', -1, 64)
	}
	return fmt.Sprint(v)
}
