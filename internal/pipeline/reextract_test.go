package pipeline_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/pledgewatch/pledgewatch/extractor"
	"github.com/pledgewatch/pledgewatch/internal/news"
	"github.com/pledgewatch/pledgewatch/internal/pipeline"
	"github.com/pledgewatch/pledgewatch/store"
)

// TestReextractSurvivesExtractorFailure checks that an article the
// extractor fails on keeps its stored commitments, that the others are
// still re-extracted, and that the error says how many failed. A nil
// extractor stands for rules that panic on a text.
func TestReextractSurvivesExtractorFailure(t *testing.T) {
	ctx := context.Background()
	st, err := store.Open(filepath.Join(t.TempDir(), "pledgewatch.db"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	x, err := extractor.New(extractor.Options{})
	if err != nil {
		t.Fatal(err)
	}
	now := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	texts := []string{"Norway will send 120 soldiers to the mission.", "Chile pledged $5 million for the relief fund."}
	for i, text := range texts {
		u := "https://news.example/" + string(rune('a'+i))
		a := news.Article{ID: news.ArticleID(u), URL: u, Title: "t", Text: text, FetchedAt: now}
		if _, err := st.SaveExtraction(ctx, pipeline.ExtractN(x, a, now, 200)); err != nil {
			t.Fatal(err)
		}
	}
	before := storedCommitments(ctx, t, st, len(texts))

	n, err := pipeline.ReextractN(ctx, st, nil, now.Add(time.Hour), 200)
	if err == nil || !strings.Contains(err.Error(), "failed on 2 of 2 articles") {
		t.Fatalf("ReextractN with a failing extractor = %d, %v; want an error naming 2 of 2 articles", n, err)
	}
	if n != 0 {
		t.Errorf("ReextractN re-extracted %d articles, want 0", n)
	}
	if after := storedCommitments(ctx, t, st, len(texts)); after != before {
		t.Errorf("stored commitments changed after a failed re-extraction:\n%s\nwant\n%s", after, before)
	}

	if n, err := pipeline.ReextractN(ctx, st, x, now.Add(time.Hour), 200); err != nil || n != len(texts) {
		t.Fatalf("ReextractN = %d, %v; want %d, nil", n, err, len(texts))
	}
}

// storedCommitments lists the stored commitments of the test's articles,
// one line each, and fails unless every article has one.
func storedCommitments(ctx context.Context, t *testing.T, st *store.Store, articles int) string {
	t.Helper()
	var b strings.Builder
	for i := range articles {
		u := "https://news.example/" + string(rune('a'+i))
		_, cs, err := st.Article(ctx, news.ArticleID(u))
		if err != nil {
			t.Fatal(err)
		}
		if len(cs) == 0 {
			t.Fatalf("article %s has no stored commitment", u)
		}
		for _, c := range cs {
			b.WriteString(c.ID + " " + c.Actor + " " + string(c.Kind) + "\n")
		}
	}
	return b.String()
}
