package extractor

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// realCorpus is the real-news corpus shared beside the project (it is
// never copied into the project's tree).
var realCorpus = filepath.Join("..", "..", "shared", "corpus", "real")

// TestRealNews scores the extractor on the real-news corpus: dev is the
// set the rules are tuned on, test is blind (scored here, never read while
// writing rules). The floors sit a little below the measured scores, so a
// regression fails. Without the corpus the test skips loudly, and fails
// in CI (CI=true), where ../shared is always beside the clone. Run with -v
// to see the reports, PLEDGEWATCH_SHOW=1 for the misses of dev.
func TestRealNews(t *testing.T) {
	e := newTestExtractor(t)
	for _, tt := range []struct {
		set                     string
		quantified, all, status float64
	}{
		// rules-6: dev 0.467 / 0.411 / 0.797, test 0.510 / 0.500 / 0.753
		// rules-7, dev-tuned: dev 0.827 / 0.841 / 0.964, test 0.641 / 0.620 / 0.795
		// rules-7 after three paraphrase rounds: dev 0.829 / 0.848 / 0.956,
		// test 0.704 / 0.671 / 0.825
		// rules-8 (fourth paraphrase round, recall round, negatives): dev
		// 0.864 / 0.868 / 0.961, test 0.688 / 0.683 / 0.850 (quantified
		// lost two troop lines to false positives; its floor follows)
		// rules-9 (tuned on a second annotated real set outside the
		// project): dev 0.868 / 0.873 / 0.960, test 0.692 / 0.689 / 0.843
		// rules-10 (a third annotated real set outside the project, rule
		// rounds per kind, status, precision, actor from context): dev
		// 0.881 / 0.884 / 0.961, test 0.700 / 0.702 / 0.849
		// rules-11 (generative rounds: current donor, missions, several
		// amounts, named vessels; equipment granularity): dev 0.884 /
		// 0.897 / 0.956, test 0.704 / 0.716 / 0.849
		// rules-12 (a fourth annotated set outside the project; recall-first
		// fallback frames, relaxed checks, equipment, support and mission
		// vocabulary and grammar, troops in place, own dollars): dev 0.886
		// / 0.897 / 0.959, test 0.713 / 0.726 / 0.845
		// rules-13 (a fifth annotated set outside the project; status per
		// verb phrase, donors outside the sentence, lists of givers,
		// rosters, troop ceilings, equipment lists): dev 0.890 / 0.897 /
		// 0.948, test 0.713 / 0.721 / 0.845. A body progressive of handing
		// over is pledged as the conventions say, where the dev gold often
		// reads it delivered: dev status floor 0.94
		// rules-14 (a sixth annotated set outside the project, probe
		// batteries per kind: carried donors, status of the governing
		// verb, co-donors and coalitions, elided counts, support without
		// an object, troop units by demonym, lenders by currency): dev
		// 0.890 / 0.898 / 0.948, test 0.717 / 0.721 / 0.845
		{"dev", 0.88, 0.89, 0.94},
		{"test", 0.71, 0.72, 0.84},
	} {
		t.Run(tt.set, func(t *testing.T) {
			dir, gold := filepath.Join(realCorpus, tt.set), filepath.Join(realCorpus, tt.set+".gold.jsonl")
			if _, err := os.Stat(gold); err != nil {
				if os.Getenv("CI") == "true" {
					t.Fatalf("the real-news corpus is missing in CI: %v", err)
				}
				t.Skipf("SKIPPING: real-news corpus not found at %s", gold)
			}
			rep := scoreDir(t, e, dir, gold)
			status := float64(rep.StatusOK) / float64(max(1, rep.StatusN))
			var b strings.Builder
			rep.Format(&b, tt.set == "dev" && os.Getenv("PLEDGEWATCH_SHOW") != "")
			t.Logf("%s: F1 quantified=%.3f all=%.3f status=%.3f\n%s", tt.set, rep.Quantified, rep.AllF1, status, b.String())
			if rep.Quantified < tt.quantified || rep.AllF1 < tt.all || status < tt.status {
				t.Errorf("%s below floors (quantified ≥ %.2f, all ≥ %.2f, status ≥ %.2f): quantified=%.3f all=%.3f status=%.3f",
					tt.set, tt.quantified, tt.all, tt.status, rep.Quantified, rep.AllF1, status)
			}
		})
	}
}
