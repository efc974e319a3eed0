package extractor

import (
	"os"
	"path/filepath"
	"testing"
)

// TestTruncatedTexts checks that a text cut anywhere — pages are often
// cut mid-sentence by their site or by the crawler's size caps — never
// makes a rule read past either end of it: every real dev page and every
// seed is cut at many word boundaries, from the front and from the back.
func TestTruncatedTexts(t *testing.T) {
	e, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	var files []string
	for _, dir := range []string{filepath.Join(realCorpus, "dev"), filepath.Join("..", "..", "shared", "corpus", "seeds")} {
		m, err := filepath.Glob(filepath.Join(dir, "*.txt"))
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, m...)
	}
	if len(files) == 0 {
		if os.Getenv("CI") != "" {
			t.Fatalf("the real-news corpus is missing in CI (looked in %s)", realCorpus)
		}
		t.Skipf("SKIPPING: no corpus texts found under %s", realCorpus)
	}
	stride := 13
	if testing.Short() {
		stride = 97
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		for i := 0; i < len(text); i++ {
			if text[i] != ' ' && text[i] != '\n' {
				continue
			}
			for _, cut := range []string{text[:i], text[i+1:]} {
				func() {
					defer func() {
						if r := recover(); r != nil {
							t.Fatalf("%s cut at byte %d: extractor panicked: %v", f, i, r)
						}
					}()
					checkInvariants(t, cut, e.Extract(cut))
				}()
			}
			i += stride
		}
	}
}

// TestTryExtract checks that TryExtract gives Extract's lines, and an
// error instead of a panic when the rules fail (a nil extractor stands
// for rules that panic).
func TestTryExtract(t *testing.T) {
	e, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	text := "Norway will send 120 soldiers to the mission."
	cs, err := e.TryExtract(text)
	if err != nil || len(cs) != len(e.Extract(text)) || len(cs) == 0 {
		t.Fatalf("TryExtract = %d lines, %v; want Extract's %d lines, nil", len(cs), err, len(e.Extract(text)))
	}
	var broken *Extractor
	if cs, err := broken.TryExtract(text); err == nil || cs != nil {
		t.Fatalf("TryExtract on failing rules = %v, %v; want no lines and an error", cs, err)
	}
}
