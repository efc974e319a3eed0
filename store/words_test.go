package store

import (
	"context"
	"errors"
	"slices"
	"testing"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

func TestTextSearchByWords(t *testing.T) {
	ctx := context.Background()
	s := openTest(t, Options{})
	a := article(1, "wire", 0)
	a.Title = "Berlin sends Leopard tanks"
	de := equipment("DE", "Leopard 2A6", 14, 0.9)
	de.Evidence = "Germany will deliver 14 Leopard 2A6 main battle tanks, the ministry said."
	fr := money("FR", 2e9, "EUR", news.StatusPledged, 0.9)
	fr.Evidence = "France pledged €2bn in military aid."
	save(t, s, a, de, fr)
	b := article(2, "wire", 1)
	b.Title = "Aid to Kyiv"
	pl := troops("PL", 2500, news.StatusPledged, 0.9)
	pl.Evidence = "Poland: 2,500 troops on standby"
	save(t, s, b, pl)
	idOf := func(a news.Article, c news.Commitment) string { return news.CommitmentID(a.ID, c) }

	tests := []struct {
		q    string
		want []string
	}{
		{"leopard", []string{idOf(a, de), idOf(a, fr)}}, // in the title too
		{"LEOPARD battle", []string{idOf(a, de)}},
		{"berlin", []string{idOf(a, de), idOf(a, fr)}}, // the title counts for every commitment of the article
		{"berlin france", []string{idOf(a, fr)}},
		{"2A6", []string{idOf(a, de)}},
		{"500", []string{idOf(b, pl)}}, // "2,500" is the words 2 and 500
		{"leop", nil},                  // whole words only
		{"kyiv leopard", nil},
		{"ministry, said!", []string{idOf(a, de)}},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			page, err := s.Commitments(ctx, Query{Text: tt.q})
			if err != nil {
				t.Fatal(err)
			}
			got := ids(page.Items)
			slices.Sort(got)
			want := slices.Clone(tt.want)
			slices.Sort(want)
			if !slices.Equal(got, want) {
				t.Errorf("q=%q: %v, want %v", tt.q, got, want)
			}
		})
	}
	for _, bad := range []string{"...", "a b c d e f g h i"} {
		if _, err := s.Commitments(ctx, Query{Text: bad}); !errors.Is(err, ErrInvalid) {
			t.Errorf("q=%q: %v, want ErrInvalid", bad, err)
		}
	}
}

func FuzzWords(f *testing.F) {
	for _, s := range []string{"Leopard 2A6", "2,500 troops", "€2bn", "ÅLAND Øresund", "\xff\xfe"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, w := range words(s) {
			if w == "" || len(w) > maxWordLen {
				t.Fatalf("word %q of %q", w, s)
			}
			if ws := words(w); len(ws) != 1 || ws[0] != w {
				t.Fatalf("word %q of %q is not one word: %q", w, s, ws)
			}
		}
	})
}

// TestTextSearchSameDate pages through text queries over articles that
// share publication dates (their commitment ids interleave in the word
// index) and compares with a scan of every commitment.
func TestTextSearchSameDate(t *testing.T) {
	ctx := context.Background()
	s := openTest(t, Options{})
	for i := range 40 {
		x := benchExtraction(i)
		x.Article = article(i, "wire", i%3) // three dates
		x.Article.Title = []string{"Aid for Kyiv", "Tanks and aid", "Summit news"}[i%3]
		if _, err := s.SaveExtraction(ctx, x); err != nil {
			t.Fatal(err)
		}
	}
	all, err := s.Commitments(ctx, Query{Limit: MaxLimit})
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		q     string
		extra Query
	}{
		{q: "aid"},
		{q: "tanks"},
		{q: "aid de"},
		{q: "summit troops"},
		{q: "aid", extra: Query{Kind: "money"}},
		{q: "news training", extra: Query{Country: "FR"}},
	} {
		t.Run(tt.q, func(t *testing.T) {
			var want []string
			for _, c := range all.Items {
				if hasWords(c.Evidence+" "+titleOf(t, s, c.ArticleID), tt.q) &&
					(tt.extra.Kind == "" || string(c.Kind) == tt.extra.Kind) &&
					(tt.extra.Country == "" || c.Actor == tt.extra.Country) {
					want = append(want, c.ID)
				}
			}
			if len(want) == 0 {
				t.Fatalf("q=%q matches nothing: a useless case", tt.q)
			}
			var got []string
			q := tt.extra
			q.Text, q.Limit = tt.q, 3
			for {
				page, err := s.Commitments(ctx, q)
				if err != nil {
					t.Fatal(err)
				}
				got = append(got, ids(page.Items)...)
				if page.Next == "" {
					break
				}
				q.Cursor = page.Next
			}
			if !slices.Equal(got, want) {
				t.Errorf("q=%q: %v\nwant %v (in this order)", tt.q, got, want)
			}
		})
	}
}

func hasWords(text, q string) bool {
	have := words(text)
	for _, w := range words(q) {
		if !slices.Contains(have, w) {
			return false
		}
	}
	return true
}

func titleOf(t *testing.T, s *Store, articleID string) string {
	t.Helper()
	a, _, err := s.Article(context.Background(), articleID)
	if err != nil {
		t.Fatal(err)
	}
	return a.Title
}
