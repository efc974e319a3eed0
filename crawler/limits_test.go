package crawler

import (
	"context"
	"strings"
	"testing"
	"time"
)

func TestCutHTML(t *testing.T) {
	tests := []struct {
		in      string
		max     int
		want    string
		wantCut bool
	}{
		{"<p>short</p>", 100, "<p>short</p>", false},
		{"<p>one</p><p>two</p>", 15, "<p>one</p>", true},
		{"<p>one</p><p>two</p>", 0, "<p>one</p><p>two</p>", false},
		{"ééééé", 5, "éé", true}, // no tag: cut at a rune boundary
	}
	for _, tt := range tests {
		got, cut := cutHTML([]byte(tt.in), tt.max)
		if string(got) != tt.want || cut != tt.wantCut {
			t.Errorf("cutHTML(%q, %d) = %q, %v; want %q, %v", tt.in, tt.max, got, cut, tt.want, tt.wantCut)
		}
	}
}

func TestCountInvalidUTF8(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"plain", 0},
		{"héllo", 0},
		{"a\xffb", 1},
		{"a\xff\xfeb\xc0", 2}, // adjacent bad bytes are one sequence
		{"\xcf\xf0\xe8", 1},
	}
	for _, tt := range tests {
		if got := countInvalidUTF8([]byte(tt.in)); got != tt.want {
			t.Errorf("countInvalidUTF8(%q) = %d, want %d", tt.in, got, tt.want)
		}
	}
}

// TestByteBudget checks that acquire waits while the budget is spent, lets
// an oversized request through alone, and gives up with its context.
func TestByteBudget(t *testing.T) {
	b := newByteBudget(10)
	ctx := context.Background()
	if err := b.acquire(ctx, 6); err != nil {
		t.Fatal(err)
	}
	got := make(chan struct{})
	go func() {
		b.acquire(ctx, 6) // waits for the first release
		close(got)
	}()
	select {
	case <-got:
		t.Fatal("acquired past the budget")
	case <-time.After(50 * time.Millisecond):
	}
	b.release(6)
	<-got
	b.release(6)
	if err := b.acquire(ctx, 50); err != nil { // alone, larger than the budget
		t.Fatal(err)
	}
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	if err := b.acquire(cctx, 1); err == nil {
		t.Error("acquire with a spent budget and a cancelled context succeeded")
	}
	b.release(50)
}

func TestStripBulk(t *testing.T) {
	tests := []struct{ in, want string }{
		{"<p>a</p>", "<p>a</p>"},
		{"<head><script>var x = '<p>';</script><STYLE>p{}</STYLE></head><p>a</p>", "<head><script></script><STYLE></STYLE></head><p>a</p>"},
		{`<script type="application/ld+json">{"datePublished":"2025-01-02"}</script>`, `<script type="application/ld+json">{"datePublished":"2025-01-02"}</script>`},
		{"<scripts>keep</scripts><styled>keep</styled>", "<scripts>keep</scripts><styled>keep</styled>"},
		{"<p>a</p><script>unclosed", "<p>a</p><script>"},
		{"<p>a<", "<p>a<"},
	}
	for _, tt := range tests {
		if got := string(stripBulk([]byte(tt.in))); got != tt.want {
			t.Errorf("stripBulk(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestLargeScriptsDoNotCutTheText parses a page whose head holds more
// script than the parse limit: the scripts go, the article stays whole.
func TestLargeScriptsDoNotCutTheText(t *testing.T) {
	var paras []string
	for i := range 6 {
		paras = append(paras, "Paragraph of the article about air defence deliveries to Ukraine, number "+string(rune('A'+i))+", agreed by the ministers in Paris on Monday.")
	}
	page := articleHTML(testArticle{Title: "Scripts", Paras: paras}, "", "")
	big := "<script>var state = \"" + strings.Repeat("x", 300<<10) + "\";</script>"
	page = strings.Replace(page, "</head>", big+"</head>", 1)
	p, err := parsePage("https://news.example/s", []byte(page), "text/html", parseLimits{parse: 64 << 10, text: 64 << 10})
	if err != nil {
		t.Fatal(err)
	}
	if p.htmlCut || !strings.Contains(p.article.Text, "number F") {
		t.Errorf("cut=%v, text %q lacks the last paragraph", p.htmlCut, p.article.Text)
	}
}

func FuzzStripBulk(f *testing.F) {
	for _, s := range []string{"<p>a</p>", "<script>x</script><p>b", "<STYLE >p{}</style>", "<script type=application/ld+json>{}</script>", "<script", "<<script>>"} {
		f.Add(s, 5)
	}
	f.Fuzz(func(t *testing.T, in string, max int) {
		out := stripBulk([]byte(in))
		if len(out) > len(in) {
			t.Fatalf("stripBulk grew %q to %q", in, out)
		}
		if again := stripBulk(out); string(again) != string(out) {
			t.Fatalf("stripBulk not idempotent on %q: %q then %q", in, out, again)
		}
		cut, _ := cutHTML([]byte(in), max)
		if max > 0 && len(cut) > max {
			t.Fatalf("cutHTML(%q, %d) = %q, too long", in, max, cut)
		}
		if !strings.HasPrefix(in, string(cut)) {
			t.Fatalf("cutHTML(%q, %d) = %q, not a prefix", in, max, cut)
		}
	})
}
