package main

import (
	"context"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pledgewatch/pledgewatch/extractor"
	"github.com/pledgewatch/pledgewatch/internal/calibrate"
	"github.com/pledgewatch/pledgewatch/store"
)

func readModel(t *testing.T, path string) *calibrate.Model {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	m, err := calibrate.Parse(b)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestCalibrateBlend(t *testing.T) {
	dir := t.TempDir()
	dump, fit := filepath.Join(dir, "lines.jsonl"), filepath.Join(dir, "fit.json")
	if _, _, err := runSub(t, runCalibrate, "--gold", tinyGold, "--folds", "3", "--dump", dump, "--out", fit, tinyCorpus); err != nil {
		t.Fatal(err)
	}
	ex, err := extractor.New(extractor.Options{})
	if err != nil {
		t.Fatal(err)
	}
	lines, err := goldLines(context.Background(), ex, []string{tinyCorpus}, tinyGold, 1, "")
	if err != nil {
		t.Fatal(err)
	}
	base := readModel(t, fit)

	// blending a fit with the same fit changes no probability
	self := filepath.Join(dir, "self.json")
	stdout, _, err := runSub(t, runCalibrate, "--lines", dump, "--blend", fit+",0.3", "--folds", "0", "--out", self)
	if err != nil {
		t.Fatal(err)
	}
	m := readModel(t, self)
	for i, l := range lines {
		if got, want := m.Prob(l.X), base.Prob(l.X); math.Abs(got-want) > 1e-6 {
			t.Errorf("line %d: blend with itself %.6f, fit %.6f", i, got, want)
		}
	}
	for _, want := range []string{"final model, in-sample", "logit average of 0.3 × " + fit, "0.7 × a fit on labelled lines: " + dump} {
		if !strings.Contains(stdout, want) {
			t.Errorf("output lacks %q:\n%s", want, stdout)
		}
	}

	// blend with the built-in model and a queue share, in both forms
	builtin := filepath.Join("..", "..", "extractor", "model", "confidence.json")
	for _, form := range [][]string{
		{"--lines", dump},
		{"--gold", tinyGold},
	} {
		out := filepath.Join(t.TempDir(), "m.json")
		args := append(append([]string{}, form...), "--blend", builtin, "--queue-share", "0.4", "--folds", "3", "--out", out)
		if form[0] == "--gold" {
			args = append(args, tinyCorpus)
		}
		stdout, _, err := runSub(t, runCalibrate, args...)
		if err != nil {
			t.Fatalf("%v: %v", form, err)
		}
		m := readModel(t, out)
		below := 0
		for _, l := range lines {
			if m.Prob(l.X) < store.DefaultReviewThreshold {
				below++
			}
		}
		// 13 lines: 0.4 asks for 5 below the threshold
		share := fmt.Sprintf("%.1f%% below 0.55 (asked 0.4)", 100*float64(below)/float64(len(lines)))
		if below != 5 || !strings.Contains(stdout, "review queue of the training lines: "+share) {
			t.Errorf("%v: %d of %d lines below the threshold, want 5; output:\n%s", form, below, len(lines), stdout)
		}
		for _, want := range []string{"logit average of 0.5 × " + builtin, "made by: pledgewatch calibrate " + strings.Join(args, " "),
			"final model, 3-fold cross-validation by document"} {
			if !strings.Contains(m.Description+stdout, want) {
				t.Errorf("%v: description and output lack %q:\n%s", form, want, m.Description)
			}
		}
		if m.Lines != readModel(t, builtin).Lines+13 || len(m.Features) < len(base.Features) {
			t.Errorf("%v: blend has %d lines, %d features", form, m.Lines, len(m.Features))
		}
	}
}

func TestCalibrateBlendErrors(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.json")
	if err := os.WriteFile(bad, []byte(`{"format": 1, "features": [{"name": "x", "scale": 0}]}`), 0o600); err != nil {
		t.Fatal(err)
	}
	builtin := filepath.Join("..", "..", "extractor", "model", "confidence.json")
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"missing model", []string{"--blend", "none.json"}, "want a model file"},
		{"malformed model", []string{"--blend", bad}, "want a model file"},
		{"weight above 1", []string{"--blend", builtin + ",1.5"}, "WEIGHT from 0 to 1"},
		{"negative weight", []string{"--blend", builtin + ",-0.5"}, "WEIGHT from 0 to 1"},
		{"weight not a number", []string{"--blend", builtin + ",half"}, "WEIGHT from 0 to 1"},
		{"share 0", []string{"--queue-share", "0"}, "between 0 and 1"},
		{"share 1", []string{"--queue-share", "1"}, "between 0 and 1"},
		{"share 40", []string{"--queue-share", "40"}, "0.4 puts 40%"},
		{"threshold 1", []string{"--queue-share", "0.4", "--threshold", "1"}, "--threshold"},
		{"with eval", []string{"--eval", "--blend", builtin}, "not with --eval"},
		{"with candidates", []string{"--candidates", "--queue-share", "0.4"}, "not with --eval or --candidates"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := append(append([]string{"--gold", tinyGold}, tt.args...), tinyCorpus)
			_, _, err := runSub(t, runCalibrate, args...)
			if !errors.As(err, new(usageError)) || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("got %v, want a usage error saying %q", err, tt.want)
			}
		})
	}
}
