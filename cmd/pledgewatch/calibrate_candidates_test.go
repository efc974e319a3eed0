package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pledgewatch/pledgewatch/extractor"
	"github.com/pledgewatch/pledgewatch/internal/calibrate"
)

// TestCalibrateCandidates fits the candidate model on the tiny gold set:
// the counts, the leave-one-set-out table, a model the extractor loads,
// and the same file from a second fit.
func TestCalibrateCandidates(t *testing.T) {
	dir := t.TempDir()
	out1, out2 := filepath.Join(dir, "m1.json"), filepath.Join(dir, "m2.json")
	stdout, stderr, err := runSub(t, runCalibrate, "--candidates", "--gold", tinyGold, "--out", out1, tinyCorpus)
	if err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	for _, want := range []string{"10 docs     4 candidates    1 right", "weights of the model", "wrote " + out1} {
		if !strings.Contains(stdout, want) {
			t.Errorf("output lacks %q:\n%s", want, stdout)
		}
	}
	b1, err := os.ReadFile(out1)
	if err != nil {
		t.Fatal(err)
	}
	m, err := calibrate.Parse(b1)
	if err != nil {
		t.Fatal(err)
	}
	if m.Lines != 4 || m.Right != 1 || m.Lambda != candidateLambda {
		t.Errorf("model: %d lines, %d right, lambda %v", m.Lines, m.Right, m.Lambda)
	}
	for _, f := range m.Features {
		if strings.HasPrefix(f.Name, calibrate.SparsePrefix) {
			t.Errorf("sparse feature %q in a candidate model", f.Name)
		}
	}
	if _, err := extractor.New(extractor.Options{CandidateModel: b1}); err != nil {
		t.Errorf("the extractor does not load the fitted model: %v", err)
	}
	// refitting is deterministic: the same file
	if _, _, err := runSub(t, runCalibrate, "--candidates", "--gold", tinyGold, "--out", out2, tinyCorpus); err != nil {
		t.Fatal(err)
	}
	if b2, _ := os.ReadFile(out2); string(b2) != string(b1) {
		t.Error("two fits of the same candidates differ")
	}

	// two sets: the leave-one-set-out table and the threshold it chooses
	stdout, _, err = runSub(t, runCalibrate, "--candidates", "--loso", "--gold", tinyGold,
		"--extra", tinyCorpus+","+tinyGold+",1", tinyCorpus)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"leave one set out", "0.20  |   1/1   1.00 +0.042", "chosen threshold: off", "(no --out: model not written)"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("--loso output lacks %q:\n%s", want, stdout)
		}
	}
}

func TestCalibrateCandidatesErrors(t *testing.T) {
	for _, args := range [][]string{
		{"--candidates", tinyCorpus},
		{"--candidates", "--gold", tinyGold},
		{"--candidates", "--gold", tinyGold, "--extra", "a,b", tinyCorpus},
		{"--candidates", "--gold", tinyGold, "--extra", tinyCorpus + "," + tinyGold + ",-1", tinyCorpus},
	} {
		if _, _, err := runSub(t, runCalibrate, args...); err == nil {
			t.Errorf("calibrate %q: no error", args)
		}
	}
}
