package main

// calibrate --candidates: fits the acceptance model of the extractor's
// candidate pairs (extractor/candidates.go) on gold sets, and with --loso
// chooses the emit threshold by leaving each set out in turn.

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"sort"
	"strconv"
	"strings"

	"github.com/pledgewatch/pledgewatch/extractor"
	"github.com/pledgewatch/pledgewatch/internal/calibrate"
	"github.com/pledgewatch/pledgewatch/internal/eval"
	"github.com/pledgewatch/pledgewatch/internal/news"
)

const calibrateCandidatesHelp = `
  calibrate --candidates --gold GOLD.jsonl DIR [--extra DIR,GOLD,WEIGHT]... [--loso] [--out FILE]
      fits the acceptance model of the candidate pairs: after the rules,
      the extractor pairs each value, goods or support mention of a
      sentence with each actor of the sentence (or the page's actor) that
      no rule line covers. A candidate is right when it matches a gold
      line (as the scorer matches) that no rule line of the page matched.
      Each DIR,GOLD of --extra is another set. --loso fits on all sets but
      one, applies the model to that one, and prints per threshold the
      lines the candidates would add to each held-out set, the share of
      them that is right (marginal precision) and the F1 change; the
      chosen threshold is the lowest at which the mean marginal precision
      over the held-out sets is at least 0.5 (none: "off"). --out writes
      the model fitted on every set; to replace the built-in model, write
      extractor/model/candidates.json and rebuild (the threshold is
      extractor.DefaultCandidateThreshold).`

// candidateLambda is the default L2 penalty of a candidate model: of
// 0.001, 0.003, 0.01, 0.03 and 0.1 it gave the lowest leave-one-set-out
// log-loss over the seven development sets (rules-14).
const candidateLambda = 0.01

// losoMinLines is the fewest lines a threshold must add over all held-out
// sets for --loso to choose it: fewer cannot tell a precision of 0.5 from
// chance (a handful of lines right or wrong by luck).
const losoMinLines = 20

// flagSet reports whether flag name was given on the command line.
func flagSet(fs *flag.FlagSet, name string) bool {
	set := false
	fs.Visit(func(f *flag.Flag) { set = set || f.Name == name })
	return set
}

// candSet is one gold set with its rule lines and labelled candidates.
type candSet struct {
	name   string
	weight float64
	gold   []eval.Row
	rules  []eval.Row
	cands  []candRow
	docs   int
}

// candRow is a candidate with its scorer row and label.
type candRow struct {
	row  eval.Row
	x    map[string]float64
	doc  string
	out  eval.Outcome // Right or Wrong when labelled
	line string
	// loso is the probability of the model fitted without the candidate's
	// set (--loso), else -1.
	loso float64
}

// runCandidateFit runs calibrate --candidates.
func runCandidateFit(ctx context.Context, e env, ex *extractor.Extractor, specs [][3]string, opt calibrate.Options, loso bool, out, dump string) error {
	var sets []*candSet
	for _, sp := range specs {
		w, err := strconv.ParseFloat(sp[2], 64)
		if err != nil || w <= 0 {
			return usagef("calibrate: --extra %q: weight must be a positive number", strings.Join(sp[:], ","))
		}
		s, err := loadCandSet(ctx, ex, sp[0], sp[1], w)
		if err != nil {
			return err
		}
		sets = append(sets, s)
	}
	w := e.stdout
	fmt.Fprintln(w, "candidate pairs (labelled: right = matches a gold line no rule line matched)")
	for _, s := range sets {
		n, r := s.labelled()
		fmt.Fprintf(w, "  %-10s %4d docs %5d candidates %4d right (%.2f)\n", s.name, s.docs, n, r, ratio(r, n))
	}
	opt.Dense = extractor.CandidateFeatureNames()
	if loso && len(sets) > 1 {
		if err := candLOSO(w, sets, opt); err != nil {
			return err
		}
	}
	if dump != "" {
		if err := dumpCandidates(dump, sets); err != nil {
			return err
		}
	}
	var train []calibrate.Line
	var desc []string
	for _, s := range sets {
		train = append(train, s.lines()...)
		n, r := s.labelled()
		desc = append(desc, fmt.Sprintf("%s (%d candidates, %d right, weight %g)", s.name, n, r, s.weight))
	}
	if len(train) == 0 {
		return fmt.Errorf("calibrate: no labelled candidates")
	}
	opt.Description = "candidate pairs labelled by gold: " + strings.Join(desc, "; ")
	m, err := calibrate.Fit(train, opt)
	if err != nil {
		return err
	}
	fmt.Fprintln(w, "\nweights of the model fitted on every set (standardised, by size)")
	fs := append([]calibrate.Feature(nil), m.Features...)
	sort.SliceStable(fs, func(i, j int) bool { return math.Abs(fs[i].Weight) > math.Abs(fs[j].Weight) })
	for _, f := range fs[:min(len(fs), 20)] {
		fmt.Fprintf(w, "  %+.3f  %s\n", f.Weight, f.Name)
	}
	return writeModel(w, m, out)
}

// labelled returns the number of labelled candidates of s and of right ones.
func (s *candSet) labelled() (n, right int) {
	for _, c := range s.cands {
		switch c.out {
		case eval.Right:
			n++
			right++
		case eval.Wrong:
			n++
		}
	}
	return n, right
}

// lines returns the labelled candidates of s as training lines.
func (s *candSet) lines() []calibrate.Line {
	var out []calibrate.Line
	for _, c := range s.cands {
		if c.out == eval.Right || c.out == eval.Wrong {
			out = append(out, calibrate.Line{X: c.x, Right: c.out == eval.Right, Weight: s.weight, Group: s.name + "/" + c.doc})
		}
	}
	return out
}

// loadCandSet extracts the files of dir and labels their candidates by
// the gold file: the rule lines are scored first, so a candidate is right
// only on a gold line they leave.
func loadCandSet(ctx context.Context, ex *extractor.Extractor, dir, goldPath string, weight float64) (*candSet, error) {
	f, err := os.Open(goldPath)
	if err != nil {
		return nil, fmt.Errorf("calibrate: %w", err)
	}
	gold, err := eval.Load(f, goldPath)
	f.Close()
	if err != nil {
		return nil, err
	}
	files, err := inputFiles([]string{dir})
	if err != nil {
		return nil, err
	}
	s := &candSet{name: setName(dir), weight: weight, gold: gold, docs: len(files)}
	for _, path := range files {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		doc, text, err := readDoc(path)
		if err != nil {
			return nil, err
		}
		lines, cands := ex.ExtractCandidates(text)
		for _, c := range lines {
			r, err := scoreRow(doc, c)
			if err != nil {
				return nil, err
			}
			s.rules = append(s.rules, r)
		}
		for _, c := range cands {
			r, err := scoreRow(doc, c.Line)
			if err != nil {
				return nil, err
			}
			what := fmt.Sprintf("%s %s %s | %s", c.Line.Actor, c.Line.Kind, c.Line.Status, c.Line.Evidence)
			s.cands = append(s.cands, candRow{row: r, x: c.X, doc: doc, line: what, loso: -1})
		}
	}
	pred := append(append([]eval.Row(nil), s.rules...), s.candRows(nil)...)
	rep, err := eval.Score(pred, gold, eval.Options{})
	if err != nil {
		return nil, err
	}
	for i := range s.cands {
		s.cands[i].out = rep.Outcomes[len(s.rules)+i]
	}
	return s, nil
}

// candRows returns the rows of the candidates of s that keep says to keep
// (all for nil).
func (s *candSet) candRows(keep func(i int) bool) []eval.Row {
	var out []eval.Row
	for i, c := range s.cands {
		if keep == nil || keep(i) {
			out = append(out, c.row)
		}
	}
	return out
}

// setName names a set by the last element of its directory.
func setName(dir string) string {
	dir = strings.TrimRight(dir, "/")
	if i := strings.LastIndexByte(dir, '/'); i >= 0 {
		return dir[i+1:]
	}
	return dir
}

// scoreRow returns the scorer row of line c of doc.
func scoreRow(doc string, c news.Commitment) (eval.Row, error) {
	c.Doc = doc
	b, err := json.Marshal(c)
	if err != nil {
		return nil, fmt.Errorf("calibrate: %w", err)
	}
	rows, err := eval.Load(bytes.NewReader(b), doc)
	if err != nil || len(rows) != 1 {
		return nil, fmt.Errorf("calibrate: line of %s: %v", doc, err)
	}
	return rows[0], nil
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// losoThresholds are the emit thresholds --loso tries.
var losoThresholds = []float64{0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9}

// candLOSO fits on all sets but one, applies the model to that one, and
// prints per threshold the lines added, their marginal precision and the
// F1 change of each held-out set; then the threshold it chooses.
func candLOSO(w io.Writer, sets []*candSet, opt calibrate.Options) error {
	type cell struct {
		added, right int
		dF, dQ       float64
	}
	table := make([][]cell, len(losoThresholds))
	for i := range table {
		table[i] = make([]cell, len(sets))
	}
	for h, held := range sets {
		var train []calibrate.Line
		for j, s := range sets {
			if j != h {
				train = append(train, s.lines()...)
			}
		}
		m, err := calibrate.Fit(train, opt)
		if err != nil {
			return err
		}
		p := make([]float64, len(held.cands))
		for i, c := range held.cands {
			p[i] = m.Prob(c.x)
			held.cands[i].loso = math.Round(p[i]*1000) / 1000
		}
		base, err := eval.Score(held.rules, held.gold, eval.Options{})
		if err != nil {
			return err
		}
		bAll, bQ := base.Kinds[len(base.Kinds)-1], base.Kinds[len(base.Kinds)-2]
		for ti, t := range losoThresholds {
			rows := append(append([]eval.Row(nil), held.rules...), held.candRows(func(i int) bool { return p[i] >= t })...)
			rep, err := eval.Score(rows, held.gold, eval.Options{})
			if err != nil {
				return err
			}
			all, q := rep.Kinds[len(rep.Kinds)-1], rep.Kinds[len(rep.Kinds)-2]
			table[ti][h] = cell{added: all.Pred - bAll.Pred, right: all.TP - bAll.TP, dF: all.F - bAll.F, dQ: q.F - bQ.F}
		}
	}
	fmt.Fprintln(w, "\nleave one set out: per threshold and held-out set, lines added / right (marginal precision) and the change of all-kinds F1")
	fmt.Fprintf(w, "%-5s", "p≥")
	for _, s := range sets {
		fmt.Fprintf(w, " | %-22s", s.name)
	}
	fmt.Fprintf(w, " | %-6s %-6s\n", "mean", "pooled")
	chosen := -1.0
	for ti, t := range losoThresholds {
		fmt.Fprintf(w, "%-5.2f", t)
		sum, n, added, right := 0.0, 0, 0, 0
		for _, c := range table[ti] {
			mp := ratio(c.right, c.added)
			fmt.Fprintf(w, " | %3d/%-3d %.2f %+.3f   ", c.added, c.right, mp, c.dF)
			if c.added > 0 {
				sum += mp
				n++
			}
			added += c.added
			right += c.right
		}
		mean := 0.0
		if n > 0 {
			mean = sum / float64(n)
		}
		fmt.Fprintf(w, " | %.2f   %.2f\n", mean, ratio(right, added))
		if chosen < 0 && added >= losoMinLines && mean >= 0.5 {
			chosen = t
		}
	}
	if chosen < 0 {
		fmt.Fprintf(w, "chosen threshold: off (no threshold that adds %d lines or more makes them right half of the time on average)\n", losoMinLines)
	} else {
		fmt.Fprintf(w, "chosen threshold: %.2f (the lowest with mean marginal precision ≥ 0.5 over %d lines or more)\n", chosen, losoMinLines)
	}
	return nil
}

// dumpCandidates writes the labelled candidates of sets as JSON Lines
// (set, doc, right, the leave-one-set-out probability, line, features),
// for analysis.
func dumpCandidates(path string, sets []*candSet) error {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	for _, s := range sets {
		for _, c := range s.cands {
			if c.out != eval.Right && c.out != eval.Wrong {
				continue
			}
			if err := enc.Encode(map[string]any{"set": s.name, "doc": c.doc, "right": c.out == eval.Right, "loso": c.loso, "line": c.line, "x": c.x}); err != nil {
				return fmt.Errorf("calibrate: %w", err)
			}
		}
	}
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		return fmt.Errorf("calibrate: %w", err)
	}
	return nil
}
