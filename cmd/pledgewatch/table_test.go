package main

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

func TestExcerptKeepsTheValue(t *testing.T) {
	lead := "At a meeting of the coalition of the willing in Paris on Thursday, the government said that it "
	mk := func(tail, value string) news.Commitment {
		ev := lead + tail
		i := strings.Index(ev, value)
		return news.Commitment{Evidence: ev, Start: 1000, End: 1000 + len(ev), ValueSpan: &[2]int{1000 + i, 1000 + i + len(value)}}
	}
	tests := []struct {
		c     news.Commitment
		n     int
		want  string
		value string
	}{
		{mk("would send 2,500 troops to the eastern flank next spring.", "2,500"), 40, "", "2,500 troops"},
		{mk("would send 3,000 troops to the eastern flank next spring.", "3,000"), 40, "", "3,000 troops"},
		{mk("had already delivered 40 Leopard 2 tanks.", "40"), 30, "", "40 Leopard"},
		{news.Commitment{Evidence: "Short  \n evidence."}, 40, "Short evidence.", ""},
		{news.Commitment{Evidence: strings.Repeat("é", 100)}, 10, strings.Repeat("é", 9) + "…", ""},
	}
	var seen []string
	for _, tc := range tests {
		got := excerpt(tc.c, tc.n)
		if utf8.RuneCountInString(got) > tc.n {
			t.Errorf("excerpt %q longer than %d", got, tc.n)
		}
		if tc.want != "" && got != tc.want {
			t.Errorf("excerpt = %q, want %q", got, tc.want)
		}
		if !strings.Contains(got, tc.value) {
			t.Errorf("excerpt %q lost the value %q", got, tc.value)
		}
		seen = append(seen, got)
	}
	if seen[0] == seen[1] {
		t.Errorf("two pledges look the same: %q", seen[0])
	}
}

func TestTableFitsWidth(t *testing.T) {
	ev := strings.Repeat("word ", 60) + "pledged 500 troops."
	i := strings.Index(ev, "500")
	c := news.Commitment{ID: "0123456789abcdef0123456789abcdef", Actor: "PL", Kind: news.KindTroops, Troops: news.Int64(500),
		Status: news.StatusPledged, Evidence: ev, End: len(ev), ValueSpan: &[2]int{i, i + 3}}
	for _, width := range []int{130, 160, 240} {
		var b bytes.Buffer
		w := newTableWriter(&b, width)
		if err := w.Write(c); err != nil {
			t.Fatal(err)
		}
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(strings.TrimSpace(b.String()), "\n") {
			if n := utf8.RuneCountInString(line); n > width {
				t.Errorf("width %d: line of %d runes: %q", width, n, line)
			}
		}
		if !strings.Contains(b.String(), "500 troops") {
			t.Errorf("width %d: value cut off:\n%s", width, b.String())
		}
	}
}

func TestTermWidth(t *testing.T) {
	tests := []struct {
		columns string
		want    int
	}{{"100", 100}, {"", defaultWidth}, {"wide", defaultWidth}, {"-3", defaultWidth}}
	for _, tc := range tests {
		e := env{getenv: func(k string) string {
			if k == "COLUMNS" {
				return tc.columns
			}
			return ""
		}}
		if got := termWidth(e, &bytes.Buffer{}); got != tc.want {
			t.Errorf("COLUMNS=%q: width %d, want %d", tc.columns, got, tc.want)
		}
	}
}
