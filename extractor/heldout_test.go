package extractor

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pledgewatch/pledgewatch/internal/eval"
)

// scoreDir extracts every .txt file of dir and scores the result against
// the gold file with internal/eval, as `pledgewatch eval` and score.py do.
// It skips the test when the corpus is missing.
func scoreDir(t *testing.T, e *Extractor, dir, goldPath string) *eval.Report {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	if _, err := os.Stat(goldPath); err != nil || len(files) == 0 {
		t.Skipf("SKIPPING: %s or its texts in %s not found", goldPath, dir)
	}
	var pred []eval.Row
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		doc := strings.TrimSuffix(filepath.Base(f), ".txt")
		cs := e.Extract(text)
		checkInvariants(t, text, cs)
		for _, c := range cs {
			pred = append(pred, eval.Row{"doc": doc, "actor": c.Actor, "kind": string(c.Kind), "troops": ptr(c.Troops),
				"amount": ptr(c.Amount), "currency": c.Currency, "status": string(c.Status), "evidence": c.Evidence})
		}
	}
	gf, err := os.Open(goldPath)
	if err != nil {
		t.Fatal(err)
	}
	defer gf.Close()
	gold, err := eval.Load(gf, goldPath)
	if err != nil {
		t.Fatal(err)
	}
	rep, err := eval.Score(pred, gold, eval.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return rep
}

// TestHeldOut scores the extractor on the held-out corpus, written by
// someone who had not seen the rules: dev and dev2 are used to find gaps
// in the grammar, test only to measure. The floors sit a little below the
// measured scores so that a regression fails; run with -v to see the
// report (and PLEDGEWATCH_SHOW=1 for the misses of dev and dev2).
func TestHeldOut(t *testing.T) {
	e := newTestExtractor(t)
	dir := filepath.Join("testdata", "heldout")
	for _, tt := range []struct {
		set                     string
		quantified, all, status float64
	}{
		// measured with rules-6: dev 0.896 / 0.831 / 0.979, dev2 0.808 / 0.737 / 0.924,
		// test 0.754 / 0.746 / 0.884 (scored only; rules-5: 0.754 / 0.738 / 0.898;
		// rules-3: 0.764 / 0.744 / 0.899)
		// rules-7 (tuned on real news): dev 0.910 / 0.845 / 0.972,
		// dev2 0.854 / 0.779 / 0.907, test 0.772 / 0.757 / 0.916
		{"dev", 0.89, 0.83, 0.94},   // status 0.958 → 0.944 after the support and money rounds of rules-8 merged (regression set, not the yardstick)
		{"dev2", 0.84, 0.76, 0.875}, // status 0.886 after the paraphrase round (F1 up: 0.871 / 0.793); 0.879 with the fallback frames (one more right line, its status not in the text)
		{"test", 0.76, 0.74, 0.90},
	} {
		t.Run(tt.set, func(t *testing.T) {
			rep := scoreDir(t, e, filepath.Join(dir, tt.set), filepath.Join(dir, tt.set+".gold.jsonl"))
			status := float64(rep.StatusOK) / float64(max(1, rep.StatusN))
			var b strings.Builder
			rep.Format(&b, tt.set != "test" && os.Getenv("PLEDGEWATCH_SHOW") != "")
			t.Logf("%s: F1 quantified=%.3f all=%.3f status=%.3f\n%s", tt.set, rep.Quantified, rep.AllF1, status, b.String())
			if rep.Quantified < tt.quantified || rep.AllF1 < tt.all || status < tt.status {
				t.Errorf("%s below floors (quantified ≥ %.2f, all ≥ %.2f, status ≥ %.2f): quantified=%.3f all=%.3f status=%.3f",
					tt.set, tt.quantified, tt.all, tt.status, rep.Quantified, rep.AllF1, status)
			}
		})
	}
}
