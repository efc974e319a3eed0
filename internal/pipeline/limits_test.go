package pipeline

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/pledgewatch/pledgewatch/extractor"
	"github.com/pledgewatch/pledgewatch/internal/news"
)

// TestExtractNCapsCommitments feeds an article that repeats pledges and
// checks that no more than the limit is kept and the rest is counted.
func TestExtractNCapsCommitments(t *testing.T) {
	x, err := extractor.New(extractor.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for i := range 60 {
		fmt.Fprintf(&b, "Germany pledged %d troops to Ukraine on Monday.\n", 100+i)
	}
	a := news.Article{ID: "a1", URL: "https://news.example/a1", Text: b.String()}
	all := ExtractN(x, a, time.Now(), 0)
	if len(all.Commitments) < 20 {
		t.Fatalf("the extractor found only %d commitments in 60 pledges; the test needs more", len(all.Commitments))
	}
	tests := []struct {
		max      int
		wantKept int
	}{
		{max: 10, wantKept: 10},
		{max: len(all.Commitments), wantKept: len(all.Commitments)},
		{max: len(all.Commitments) + 5, wantKept: len(all.Commitments)},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprint(tt.max), func(t *testing.T) {
			got := ExtractN(x, a, time.Now(), tt.max)
			if len(got.Commitments) != tt.wantKept {
				t.Errorf("kept %d commitments, want %d", len(got.Commitments), tt.wantKept)
			}
			if want := len(all.Commitments) - tt.wantKept; got.CommitmentsCut != want {
				t.Errorf("CommitmentsCut = %d, want %d", got.CommitmentsCut, want)
			}
			for _, c := range got.Commitments {
				if c.ID == "" || c.ArticleID != "a1" {
					t.Errorf("commitment without ids: %+v", c)
				}
			}
		})
	}
	if d := Extract(x, a, time.Now()); len(d.Commitments) > DefaultMaxCommitments {
		t.Errorf("Extract kept %d, over DefaultMaxCommitments", len(d.Commitments))
	}
}
