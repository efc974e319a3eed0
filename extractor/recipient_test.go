package extractor

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pledgewatch/pledgewatch/internal/eval"
	"github.com/pledgewatch/pledgewatch/internal/news"
)

// recipientAccuracy extracts every .txt file of dir, matches the
// commitments to the gold lines (same doc, actor and kind, and the same
// value when both state one; each gold line once, commitments with a value
// first) and returns how many matched commitments have the gold recipient
// (a null gold recipient is "") and how many matched. It skips the test when
// the corpus is missing.
func recipientAccuracy(t *testing.T, e *Extractor, dir, goldPath string) (ok, n int) {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	gf, err := os.Open(goldPath)
	if err != nil || len(files) == 0 {
		t.Skipf("SKIPPING: %s or its texts in %s not found", goldPath, dir)
	}
	defer gf.Close()
	gold, err := eval.Load(gf, goldPath)
	if err != nil {
		t.Fatal(err)
	}
	str := func(v any) string { s, _ := v.(string); return s }
	num := func(v any) (float64, bool) { f, ok := v.(float64); return f, ok }
	by := map[string][]int{}
	for i, g := range gold {
		k := str(g["doc"]) + "\x00" + str(g["actor"]) + "\x00" + str(g["kind"])
		by[k] = append(by[k], i)
	}
	used := make([]bool, len(gold))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		doc := strings.TrimSuffix(filepath.Base(f), ".txt")
		cs := e.Extract(string(b))
		value := func(c news.Commitment) (float64, bool) {
			switch {
			case c.Troops != nil:
				return float64(*c.Troops), true
			case c.Amount != nil:
				return *c.Amount, true
			case c.Count != nil:
				return float64(*c.Count), true
			}
			return 0, false
		}
		for pass := 0; pass < 2; pass++ {
			for _, c := range cs {
				v, has := value(c)
				if has != (pass == 0) {
					continue
				}
				for _, i := range by[doc+"\x00"+c.Actor+"\x00"+string(c.Kind)] {
					if used[i] {
						continue
					}
					g := gold[i]
					gv, gok := num(g["troops"])
					if !gok {
						gv, gok = num(g["amount"])
					}
					if !gok {
						gv, gok = num(g["count"])
					}
					if has && gok && gv != v {
						continue
					}
					used[i] = true
					n++
					if c.Recipient == str(g["recipient"]) {
						ok++
					} else if os.Getenv("PLEDGEWATCH_SHOW") != "" {
						t.Logf("%s %s %s: recipient %q, gold %q (%v): %.80s", doc, c.Actor, c.Kind, c.Recipient, str(g["recipient"]), c.Rules, c.Evidence)
					}
					break
				}
			}
		}
	}
	return ok, n
}

// TestRecipientAccuracy measures the recipient of matched commitments
// against the gold recipient (score.py does not score it). The floors sit
// a little below the measured shares: rules-6 seeds 39/42 = 0.929, dev
// 125/142 = 0.880 ("Congo" read as DR Congo), dev2 92/125 = 0.736
// (rules-5: 0.929, 0.698, 0.733; rules-4, without the document's
// recipient: 0.167, 0.259, 0.325). PLEDGEWATCH_SHOW=1 logs the misses.
func TestRecipientAccuracy(t *testing.T) {
	e := newTestExtractor(t)
	heldout := filepath.Join("testdata", "heldout")
	for _, tt := range []struct {
		set, dir, gold string
		floor          float64
	}{
		{"seeds", filepath.Join("..", "..", "shared", "corpus", "seeds"), filepath.Join("..", "..", "shared", "eval", "seeds.gold.jsonl"), 0.90},
		{"dev", filepath.Join(heldout, "dev"), filepath.Join(heldout, "dev.gold.jsonl"), 0.85},
		{"dev2", filepath.Join(heldout, "dev2"), filepath.Join(heldout, "dev2.gold.jsonl"), 0.70}, // rules-9 genlist: 0.703, two more table lines matched in a document whose recipient is missed
	} {
		t.Run(tt.set, func(t *testing.T) {
			ok, n := recipientAccuracy(t, e, tt.dir, tt.gold)
			acc := float64(ok) / float64(max(1, n))
			t.Logf("%s: recipient %d/%d = %.3f", tt.set, ok, n, acc)
			if acc < tt.floor {
				t.Errorf("%s: recipient accuracy %.3f below floor %.2f", tt.set, acc, tt.floor)
			}
		})
	}
}
