package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"github.com/pledgewatch/pledgewatch/crawler"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// runSub runs one subcommand function with captured output.
func runSub(t *testing.T, f func(context.Context, env, []string) error, args ...string) (string, string, error) {
	t.Helper()
	var out, errb bytes.Buffer
	err := f(context.Background(), env{getenv: func(string) string { return "" }, stdin: strings.NewReader(""), stdout: &out, stderr: &errb}, args)
	return out.String(), errb.String(), err
}

func writeFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o750); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestExtractCommand(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"b.txt":       "Germany pledged €500m to Ukraine.\nPoland: 2,500 troops",
		"a.txt":       "Norway will send 40 tanks.",
		"sub/c.txt":   "Japan has provided $4.5 billion since 2022.",
		"notes.md":    "Germany pledged €1bn.",
		"lexicon.yml": "actors:\n  - code: UA\n    names: [Ukraina]\n",
	})
	t.Run("jsonl over a directory, sorted, doc ids", func(t *testing.T) {
		out, _, err := runSub(t, runExtract, "--format", "jsonl", dir)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		sc := bufio.NewScanner(strings.NewReader(out))
		for sc.Scan() {
			var c news.Commitment
			if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
				t.Fatalf("line %q: %v", sc.Text(), err)
			}
			got = append(got, c.Doc+" "+c.Actor+" "+c.Value())
		}
		want := []string{"a NO 40 × tanks", "b DE 500 million EUR", "b PL 2500 troops", "c JP 4.5 billion USD"}
		if strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("got %q\nwant %q", got, want)
		}
		for _, field := range []string{`"actor"`, `"kind"`, `"troops"`, `"amount"`, `"currency"`, `"status"`, `"evidence"`, `"start"`, `"end"`, `"confidence"`} {
			if !strings.Contains(out, field) {
				t.Errorf("jsonl lacks field %s", field)
			}
		}
	})
	t.Run("table", func(t *testing.T) {
		out, _, err := runSub(t, runExtract, filepath.Join(dir, "a.txt"))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(out, "NO") || !strings.Contains(out, "40 × tanks") || !strings.Contains(out, "pledged") {
			t.Errorf("table output %q", out)
		}
	})
	t.Run("mentions", func(t *testing.T) {
		out, _, err := runSub(t, runExtract, "--mentions", "--format", "jsonl", filepath.Join(dir, "b.txt"))
		if err != nil {
			t.Fatal(err)
		}
		for _, want := range []string{`"type":"actor","start":0,"end":7,"text":"Germany","value":"DE"`, `"type":"money"`, `"value":"500000000 EUR"`, `"type":"troops"`} {
			if !strings.Contains(out, want) {
				t.Errorf("mentions lack %s:\n%s", want, out)
			}
		}
	})
	t.Run("user lexicon", func(t *testing.T) {
		path := filepath.Join(dir, "u.txt")
		if err := os.WriteFile(path, []byte("Ukraina pledged 100 drones."), 0o600); err != nil {
			t.Fatal(err)
		}
		out, _, err := runSub(t, runExtract, "--lexicon", filepath.Join(dir, "lexicon.yml"), path)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(out, "UA") {
			t.Errorf("user lexicon not used: %q", out)
		}
	})
	errTests := []struct {
		name  string
		args  []string
		usage bool
		is    error
	}{
		{"bad format", []string{"--format", "xml", dir}, true, nil},
		{"no input", nil, true, nil},
		{"missing file", []string{filepath.Join(dir, "nope.txt")}, false, os.ErrNotExist},
		{"html without text", []string{writeHTML(t, "<html><body></body></html>")}, false, crawler.ErrNoContent},
		{"bad lexicon", []string{"--lexicon", filepath.Join(dir, "notes.md"), dir}, true, nil},
	}
	for _, tt := range errTests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := runSub(t, runExtract, tt.args...)
			if err == nil {
				t.Fatal("no error")
			}
			if tt.usage != errors.As(err, new(usageError)) {
				t.Errorf("usage error = %v, want %v (%v)", !tt.usage, tt.usage, err)
			}
			if tt.is != nil && !errors.Is(err, tt.is) {
				t.Errorf("err = %v, want %v", err, tt.is)
			}
		})
	}
}

func writeHTML(t *testing.T, page string) string {
	dir := writeFiles(t, map[string]string{"p.html": page})
	return filepath.Join(dir, "p.html")
}

func TestExtractHTML(t *testing.T) {
	page := `<!doctype html><html lang="en"><head><title>Aid</title></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<div class="ad">Advertisement: Germany pledged 999 troops to our sale!</div>
<article><h1>Berlin announces new aid</h1>
<p>Germany pledged €1bn in military aid to Ukraine on Tuesday, the defence ministry said in a statement.</p>
<p>The package includes air-defence systems and ammunition, officials added, and will be delivered next year.</p>
</article><footer>© News</footer></body></html>`
	out, _, err := runSub(t, runExtract, "--format", "jsonl", writeHTML(t, page))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, `"doc":"p"`) || !strings.Contains(out, `"actor":"DE"`) || !strings.Contains(out, `"amount":1000000000`) {
		t.Errorf("html extraction missed the DE money pledge:\n%s", out)
	}
	if strings.Contains(out, "999") {
		t.Errorf("boilerplate (the ad) was extracted:\n%s", out)
	}
}

// TestFlagsAnywhere checks that flags may follow the positional arguments
// and that "--" ends the flags.
func TestFlagsAnywhere(t *testing.T) {
	dir := writeFiles(t, map[string]string{"a.txt": "Norway will send 120 soldiers to the mission.", "-b.txt": "Chile will send 80 soldiers to the mission."})
	a := filepath.Join(dir, "a.txt")
	tests := []struct {
		name     string
		args     []string
		wantJSON bool
		wantErr  string
	}{
		{"flag first", []string{"--format", "jsonl", a}, true, ""},
		{"flag last", []string{a, "--format", "jsonl"}, true, ""},
		{"flag last with =", []string{a, "--format=jsonl"}, true, ""},
		{"no flag", []string{a}, false, ""},
		{"after --", []string{"--format", "jsonl", "--", a}, true, ""},
		{"unknown flag last", []string{a, "--colour"}, false, "colour"},
		{"dash file after --", []string{"--format", "jsonl", "--", "-b.txt"}, false, "stat -b.txt"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, _, err := runSub(t, runExtract, tt.args...)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err = %v, want one naming %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got := strings.HasPrefix(out, "{"); got != tt.wantJSON {
				t.Errorf("JSON output = %v, want %v:\n%s", got, tt.wantJSON, out)
			}
			if !strings.Contains(out, "NO") && !strings.Contains(out, "120") {
				t.Errorf("the commitment is missing:\n%s", out)
			}
		})
	}
}
