package main

import (
	"context"
	"strings"
	"testing"
)

// TestBenchRunsFromAFreshClone runs bench without --corpus: it must use
// the articles built into the binary, not a directory beside the
// repository.
func TestBenchRunsFromAFreshClone(t *testing.T) {
	t.Chdir(t.TempDir()) // nothing around: no corpus directory to find
	code, out, errOut := cli(context.Background(), "bench", "--articles", "6")
	if code != 0 {
		t.Fatalf("bench: exit %d\n%s%s", code, out, errOut)
	}
	wants := []string{"site: 6 articles", "first run", "stored 6", "unchanged run", "errors 0"}
	if processCPU() >= 0 {
		wants = append(wants, "ms/article stored)", "ms/page)")
	}
	for _, want := range wants {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if code, _, errOut := cli(context.Background(), "bench", "--corpus", "no-such-dir"); code != 2 || !strings.Contains(errOut, "--corpus no-such-dir") {
		t.Errorf("missing corpus: exit %d %q", code, errOut)
	}
}
