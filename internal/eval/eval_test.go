package eval

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

func load(t *testing.T, path string) []Row {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := Load(f, path)
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

// scorePy runs shared/eval/score.py and returns its output.
func scorePy(t *testing.T, pred, gold string, args ...string) string {
	t.Helper()
	script := filepath.Join("..", "..", "..", "shared", "eval", "score.py")
	if _, err := os.Stat(script); err != nil {
		t.Skipf("SKIPPING: %s not found (shared/ must sit beside the repository): %v", script, err)
	}
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("SKIPPING: python3 not installed; cannot compare with score.py")
	}
	out, err := exec.Command(py, append([]string{script, pred, gold}, args...)...).CombinedOutput()
	if err != nil {
		t.Fatalf("score.py: %v\n%s", err, out)
	}
	return string(out)
}

func TestScoreAgreesWithScorePy(t *testing.T) {
	gold := filepath.Join("..", "..", "..", "shared", "eval", "seeds.gold.jsonl")
	tests := []struct {
		name, pred, gold string
		docs             []string // nil: all
	}{
		{"edge cases", "testdata/edge.pred.jsonl", "testdata/edge.gold.jsonl", nil},
		{"gold against itself", gold, gold, nil},
		{"edge predictions on seed gold", "testdata/edge.pred.jsonl", gold, nil},
		{"seed predictions", "testdata/seeds.pred.jsonl", gold, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var args []string
			if tt.docs != nil {
				args = []string{"--docs", strings.Join(tt.docs, ",")}
			}
			want := scorePy(t, tt.pred, tt.gold, args...)
			rep, err := Score(load(t, tt.pred), load(t, tt.gold), Options{Docs: tt.docs})
			if err != nil {
				t.Fatal(err)
			}
			var got bytes.Buffer
			if err := rep.Format(&got, false); err != nil {
				t.Fatal(err)
			}
			if got.String() != want {
				t.Errorf("Format differs from score.py\n--- go ---\n%s--- score.py ---\n%s", got.String(), want)
			}
		})
	}
}

func TestScoreValues(t *testing.T) {
	rep, err := Score(load(t, "testdata/edge.pred.jsonl"), load(t, "testdata/edge.gold.jsonl"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	byName := map[string]KindScore{}
	for _, k := range rep.Kinds {
		byName[k.Name] = k
	}
	tests := []struct {
		kind           string
		tp, pred, gold int
	}{
		{"troops", 2, 2, 2},
		{"money", 2, 3, 3},
		{"equipment", 1, 1, 1},
		{"support", 2, 5, 2}, // "US\n" matches the actor pattern, as in Python
	}
	for _, tt := range tests {
		t.Run(tt.kind, func(t *testing.T) {
			k := byName[tt.kind]
			if k.TP != tt.tp || k.Pred != tt.pred || k.Gold != tt.gold {
				t.Errorf("%s: tp/pred/gold = %d/%d/%d, want %d/%d/%d", tt.kind, k.TP, k.Pred, k.Gold, tt.tp, tt.pred, tt.gold)
			}
		})
	}
}

// score.py's --docs cannot be compared: its argument parsing takes the
// value after --docs for a third file name. The Go side is checked here.
func TestScoreDocs(t *testing.T) {
	rep, err := Score(load(t, "testdata/edge.pred.jsonl"), load(t, "testdata/edge.gold.jsonl"), Options{Docs: []string{"b", "zzz"}})
	if err != nil {
		t.Fatal(err)
	}
	all := rep.Kinds[len(rep.Kinds)-1]
	if all.Gold != 3 || all.TP != 3 {
		t.Errorf("docs=b: all tp/gold = %d/%d, want 3/3", all.TP, all.Gold)
	}
}

func TestLoadErrors(t *testing.T) {
	tests := []struct {
		name, in string
	}{
		{"not json", "{\"doc\":\"a\"}\nnot json\n"},
		{"not an object", "null\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load(strings.NewReader(tt.in), "x.jsonl")
			if !errors.Is(err, ErrMalformed) {
				t.Fatalf("err = %v, want ErrMalformed", err)
			}
		})
	}
	if _, err := Score(nil, []Row{{"actor": "US"}}, Options{}); !errors.Is(err, ErrMalformed) {
		t.Errorf("gold without doc: err = %v, want ErrMalformed", err)
	}
}

func TestOutcomes(t *testing.T) {
	gold := []Row{
		{"doc": "a", "actor": "DE", "kind": "troops", "troops": 100.0},
		{"doc": "a", "actor": "FR", "kind": "money", "amount": 5e6, "currency": "EUR", "scored": false},
	}
	pred := []Row{
		{"doc": "a", "actor": "DE", "kind": "equipment"},                               // wrong
		{"doc": "a", "actor": "DE", "kind": "troops", "troops": 100.0},                 // right
		{"doc": "a", "actor": "DE", "kind": "troops", "troops": 100.0},                 // wrong: gold line used
		{"doc": "a", "actor": "FR", "kind": "money", "amount": 5e6, "currency": "EUR"}, // unscored
		{"doc": "b", "actor": "DE", "kind": "troops", "troops": 100.0},                 // ignored: doc not in gold
		{"doc": "a", "actor": "group:allies", "kind": "troops"},                        // ignored: actor
	}
	rep, err := Score(pred, gold, Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := []Outcome{Wrong, Right, Wrong, Unscored, Ignored, Ignored}
	for i, o := range rep.Outcomes {
		if o != want[i] {
			t.Errorf("prediction %d: outcome %d, want %d", i, o, want[i])
		}
	}
	if len(rep.Outcomes) != len(pred) || rep.Kinds[0].TP != 1 {
		t.Errorf("outcomes %v, troops %+v", rep.Outcomes, rep.Kinds[0])
	}
}
