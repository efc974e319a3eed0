package main

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestEvalCommandAgreesWithScorePy runs "eval" over the seed corpus and
// compares its report with score.py on the output of "extract".
func TestEvalCommandAgreesWithScorePy(t *testing.T) {
	shared := filepath.Join("..", "..", "..", "shared")
	gold := filepath.Join(shared, "eval", "seeds.gold.jsonl")
	seeds := filepath.Join(shared, "corpus", "seeds")
	script := filepath.Join(shared, "eval", "score.py")
	if _, err := os.Stat(script); err != nil {
		t.Skipf("SKIPPING: %s not found (shared/ must sit beside the repository)", script)
	}
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("SKIPPING: python3 not installed; cannot compare with score.py")
	}
	got, _, err := runSub(t, runEval, "--gold", gold, seeds)
	if err != nil {
		t.Fatal(err)
	}
	pred, _, err := runSub(t, runExtract, "--format", "jsonl", seeds)
	if err != nil {
		t.Fatal(err)
	}
	predPath := filepath.Join(t.TempDir(), "pred.jsonl")
	if err := os.WriteFile(predPath, []byte(pred), 0o600); err != nil {
		t.Fatal(err)
	}
	want, err := exec.Command(py, script, predPath, gold).CombinedOutput()
	if err != nil {
		t.Fatalf("score.py: %v\n%s", err, want)
	}
	if got != string(want) {
		t.Errorf("eval differs from score.py\n--- eval ---\n%s--- score.py ---\n%s", got, want)
	}
	if !strings.Contains(got, "F1 quantified=") {
		t.Errorf("no summary line in %q", got)
	}
}

func TestEvalCommandErrors(t *testing.T) {
	dir := writeFiles(t, map[string]string{"a.txt": "Germany pledged €1bn.", "bad.jsonl": "{not json\n"})
	tests := []struct {
		name  string
		args  []string
		usage bool
	}{
		{"no gold", []string{dir}, true},
		{"no dir", []string{"--gold", filepath.Join(dir, "bad.jsonl")}, true},
		{"bad gold", []string{"--gold", filepath.Join(dir, "bad.jsonl"), dir}, false},
		{"missing gold", []string{"--gold", filepath.Join(dir, "none.jsonl"), dir}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := runSub(t, runEval, tt.args...)
			if err == nil {
				t.Fatal("no error")
			}
			if tt.usage != errors.As(err, new(usageError)) {
				t.Errorf("usage error mismatch: %v", err)
			}
		})
	}
}
