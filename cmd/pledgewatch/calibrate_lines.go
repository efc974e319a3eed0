package main

// The labelled lines that calibrate fits on and reports about: lines of
// extracted gold sets labelled right or wrong by the scorer (goldLines),
// lines of the store's reviewed commitments (storeLines), and the JSON
// Lines files that --dump writes and --lines reads back (dumpLines,
// readDumps).

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/pledgewatch/pledgewatch/extractor"
	"github.com/pledgewatch/pledgewatch/internal/calibrate"
	"github.com/pledgewatch/pledgewatch/internal/eval"
	"github.com/pledgewatch/pledgewatch/internal/news"
)

// labelled is a labelled line with the confidence the extractor gave it.
type labelled struct {
	calibrate.Line
	conf float64
	// what is a one-line summary for --dump.
	what string
}

func describe(name string, ls []labelled, w float64) string {
	r := 0
	docs := map[string]bool{}
	for _, l := range ls {
		docs[l.Group] = true
		if l.Right {
			r++
		}
	}
	return fmt.Sprintf("%s (%d docs, %d lines, %d right, weight %g)", name, len(docs), len(ls), r, w)
}

// goldLines extracts the files of dirs and labels each line by the gold
// file: right (a true positive), wrong (a false positive); lines the
// scorer ignores or that match unscored gold lines are left out.
func goldLines(ctx context.Context, ex *extractor.Extractor, dirs []string, goldPath string, weight float64, prefix string) ([]labelled, error) {
	f, err := os.Open(goldPath)
	if err != nil {
		return nil, fmt.Errorf("calibrate: %w", err)
	}
	defer f.Close()
	goldRows, err := eval.Load(f, goldPath)
	if err != nil {
		return nil, err
	}
	files, err := inputFiles(dirs)
	if err != nil {
		return nil, err
	}
	var pred []eval.Row
	var lines []labelled
	for _, path := range files {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		doc, text, err := readDoc(path)
		if err != nil {
			return nil, err
		}
		cs, feats := ex.ExtractWithFeatures(text)
		for i, c := range cs {
			c.Doc = doc
			b, err := json.Marshal(c)
			if err != nil {
				return nil, fmt.Errorf("calibrate: %w", err)
			}
			rows, err := eval.Load(bytes.NewReader(b), doc)
			if err != nil {
				return nil, err
			}
			pred = append(pred, rows...)
			what := fmt.Sprintf("%s %s %s | %s", c.Actor, c.Kind, c.Status, c.Evidence)
			lines = append(lines, labelled{Line: calibrate.Line{X: feats[i], Weight: weight, Group: prefix + doc}, conf: c.Confidence, what: what})
		}
	}
	rep, err := eval.Score(pred, goldRows, eval.Options{})
	if err != nil {
		return nil, err
	}
	var out []labelled
	for i, l := range lines {
		if l.X == nil {
			continue // made outside the frames: no features
		}
		switch rep.Outcomes[i] {
		case eval.Right:
			l.Right = true
		case eval.Wrong:
		default:
			continue
		}
		out = append(out, l)
	}
	return out, nil
}

// storeLines labels the lines of the store's reviewed commitments:
// accepted or corrected are right, rejected wrong.
func storeLines(ctx context.Context, e env, cfgPath string, ex *extractor.Extractor) ([]labelled, string, error) {
	c, err := loadConfig(e, cfgPath)
	if err != nil {
		return nil, "", err
	}
	st, err := openStore(c, true, time.Second)
	if err != nil {
		return nil, "", err
	}
	defer st.Close()
	var lines []labelled
	reviewed, missing := 0, 0
	err = st.ArticleTexts(ctx, func(a news.Article) error {
		_, stored, err := st.Article(ctx, a.ID)
		if err != nil {
			return err
		}
		state := map[string]news.ReviewState{}
		for _, s := range stored {
			switch s.Review {
			case news.ReviewAccepted, news.ReviewCorrected, news.ReviewRejected:
				state[s.ID] = s.Review
				reviewed++
			}
		}
		if len(state) == 0 {
			return nil
		}
		cs, feats := ex.ExtractWithFeatures(a.Text)
		found := 0
		for i, x := range cs {
			rs, ok := state[news.CommitmentID(a.ID, x)]
			if !ok || feats[i] == nil {
				continue
			}
			found++
			lines = append(lines, labelled{Line: calibrate.Line{X: feats[i], Right: rs != news.ReviewRejected, Weight: 1, Group: a.ID}, conf: x.Confidence})
		}
		missing += len(state) - found
		return nil
	})
	if err != nil {
		return nil, "", err
	}
	fmt.Fprintf(e.stderr, "calibrate: %d reviewed commitments, %d re-extracted and labelled, %d no longer produced by the rules\n", reviewed, len(lines), missing)
	return lines, describe("review decisions of the store", lines, 1), nil
}

// dumpLines writes the labelled lines with their cross-validated
// probability as JSON Lines, for analysis.
func dumpLines(path string, lines []labelled, cv []float64) error {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	for i, l := range lines {
		if err := enc.Encode(map[string]any{"doc": l.Group, "right": l.Right, "weight": l.Weight, "cv": cv[i], "line": l.what, "x": l.X}); err != nil {
			return fmt.Errorf("calibrate: %w", err)
		}
	}
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		return fmt.Errorf("calibrate: %w", err)
	}
	return nil
}

// readDumps reads the labelled lines of --dump files, each named
// "FILE" or "FILE,WEIGHT" (a positive weight replaces the lines' own).
// Their features are kept as written: a file dumped by an earlier rules
// version, on a set before its rules were tuned on it, is honest data.
func readDumps(specs []string) ([]labelled, []string, error) {
	var all []labelled
	var desc []string
	for i, spec := range specs {
		path, weight := spec, 0.0
		if j := strings.LastIndexByte(spec, ','); j >= 0 {
			w, err := strconv.ParseFloat(spec[j+1:], 64)
			if err != nil || w <= 0 {
				return nil, nil, usagef("calibrate: --lines %q: want FILE or FILE,WEIGHT with a positive weight", spec)
			}
			path, weight = spec[:j], w
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return nil, nil, usagef("calibrate: --lines: %v", err)
		}
		var ls []labelled
		dec := json.NewDecoder(bytes.NewReader(b))
		for n := 1; ; n++ {
			var r struct {
				Doc    string             `json:"doc"`
				Right  *bool              `json:"right"`
				Weight float64            `json:"weight"`
				Line   string             `json:"line"`
				X      map[string]float64 `json:"x"`
			}
			if err := dec.Decode(&r); err == io.EOF {
				break
			} else if err != nil {
				return nil, nil, usagef("calibrate: --lines %s: record %d: %v (want the JSON Lines that --dump writes)", path, n, err)
			}
			if r.Right == nil || r.X == nil || r.Doc == "" {
				return nil, nil, usagef("calibrate: --lines %s: record %d lacks doc, right or x (want the JSON Lines that --dump writes)", path, n)
			}
			w := r.Weight
			if weight > 0 {
				w = weight
			}
			ls = append(ls, labelled{Line: calibrate.Line{X: r.X, Right: *r.Right, Weight: w, Group: fmt.Sprintf("lines%d/%s", i+1, r.Doc)}, conf: r.X["hand"], what: r.Line})
		}
		if len(ls) == 0 {
			return nil, nil, usagef("calibrate: --lines %s: no labelled lines", path)
		}
		all = append(all, ls...)
		w := weight
		if w == 0 {
			w = 1
		}
		desc = append(desc, describe(path, ls, w))
	}
	return all, desc, nil
}
