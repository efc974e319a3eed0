package crawler

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files of testdata/pages from the current output")

// TestParseArticleGolden compares what ParseArticle makes of the pages in
// testdata/pages (news-site boilerplate, pages without a lang attribute in
// several languages, lists, tables, JSON-LD only, comments) with the
// .golden.json beside each: the HTML→text step (go-trafilatura, patched in
// third_party) must give the same article, field by field, after a change
// or an upgrade. A page whose golden file is missing is an error; run with
// -update to write the goldens once the difference is understood.
func TestParseArticleGolden(t *testing.T) {
	pages, err := filepath.Glob("testdata/pages/*.html")
	if err != nil || len(pages) == 0 {
		t.Fatalf("no pages in testdata/pages (%v)", err)
	}
	for _, page := range pages {
		name := strings.TrimSuffix(filepath.Base(page), ".html")
		t.Run(name, func(t *testing.T) {
			body, err := os.ReadFile(page)
			if err != nil {
				t.Fatal(err)
			}
			a, err := ParseArticle("https://news.example.org/"+name, body)
			got := map[string]any{"article": a}
			if err != nil {
				got = map[string]any{"error": err.Error()}
			}
			out, err := json.MarshalIndent(got, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, '\n')
			golden := strings.TrimSuffix(page, ".html") + ".golden.json"
			if *update {
				if err := os.WriteFile(golden, out, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./crawler -run Golden -update to write it)", err)
			}
			if !bytes.Equal(out, want) {
				t.Errorf("ParseArticle(%s) differs from %s:\ngot:\n%s\nwant:\n%s", page, golden, out, want)
			}
		})
	}
}
