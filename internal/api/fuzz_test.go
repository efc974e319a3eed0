package api

import (
	"errors"
	"net/url"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

func FuzzParseQuery(f *testing.F) {
	for _, s := range []string{"", "country=GB&since=2024-01-01", "until=2024-02-30", "min_amount=1e400", "limit=1000",
		"since=2024-01-01T10:00:00%2B02:00", "q=%ff", "kind=a&kind=b", "max_amount=-0"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		v, err := url.ParseQuery(raw)
		if err != nil {
			return
		}
		q, err := ParseQuery(v)
		if err != nil {
			var pe *ParamError
			if !errors.As(err, &pe) || pe.Param == "" {
				t.Fatalf("error %v is not a ParamError naming a parameter", err)
			}
			return
		}
		// What parses must survive a round trip through QueryValues.
		q2, err := ParseQuery(QueryValues(q))
		if err != nil {
			t.Fatalf("round trip of %+v: %v", q, err)
		}
		if q2.Country != q.Country || q2.Limit != q.Limit || !q2.Since.Equal(q.Since) || !q2.Until.Equal(q.Until) {
			t.Fatalf("round trip changed %+v to %+v", q, q2)
		}
	})
}

func FuzzHighlight(f *testing.F) {
	f.Add("Germany will send 40 tanks.", 0, 7, 18, 20, 5, 30)
	f.Add("héllo wörld", 1, 2, 3, 9, -5, 2)
	f.Fuzz(func(t *testing.T, text string, a, b, c, d, e, g int) {
		segs := highlight(text, []span{{Start: a, End: b, Class: "x"}, {Start: c, End: d, Class: "y"}, {Start: e, End: g, Class: "z"}})
		var sb strings.Builder
		for _, s := range segs {
			if s.Text == "" {
				t.Fatal("empty segment")
			}
			sb.WriteString(s.Text)
		}
		if sb.String() != text {
			t.Fatalf("segments %q do not concatenate to %q", segs, text)
		}
		if utf8.ValidString(text) {
			for _, s := range segs {
				if !utf8.ValidString(s.Text) {
					t.Fatalf("segment %q splits a rune", s.Text)
				}
			}
		}
	})
}

func FuzzEvidenceSegments(f *testing.F) {
	f.Add("Britain also pledged £1.6bn in military aid.", "GB", 1.6e9)
	f.Add("The U.S. will send 3,000 troops", "US", 3000.0)
	f.Add("group:Nordics pledged 12.5m", "group:Nordics", 12.5e6)
	f.Add("Warsaw will send 2,500 troops", "PL", 2500.0)
	f.Fuzz(func(t *testing.T, evidence, actor string, amount float64) {
		c := news.Commitment{Actor: actor, Kind: news.KindMoney, Amount: &amount, Evidence: evidence,
			Start: 7, End: 7 + len(evidence), ActorSpan: &[2]int{7 + len(actor)%5, 7 + len(evidence)/2}, ValueSpan: &[2]int{7 + len(evidence)/3, 7 + len(evidence)}}
		var sb strings.Builder
		for _, s := range evidenceSegments(c) {
			sb.WriteString(s.Text)
		}
		if sb.String() != evidence {
			t.Fatalf("segments do not concatenate to the evidence")
		}
	})
}

func FuzzFormCorrection(f *testing.F) {
	f.Add("actor=GB&amount=1%2C000&kind=money&status=pledged")
	f.Add("troops=-1")
	f.Add("count=99999999999999999999&item=%00")
	f.Fuzz(func(t *testing.T, raw string) {
		v, err := url.ParseQuery(raw)
		if err != nil {
			return
		}
		cur := news.Commitment{Actor: "GB", Kind: news.KindMoney, Status: news.StatusPledged, Amount: news.Float64(5)}
		k, err := FormCorrection(v, cur)
		if err != nil {
			var pe *ParamError
			if !errors.As(err, &pe) {
				t.Fatalf("error %v is not a ParamError", err)
			}
			return
		}
		if k.Kind != nil && !k.Kind.Valid() || k.Status != nil && !k.Status.Valid() {
			t.Fatalf("invalid enum passed: %+v", k)
		}
		if k.Troops != nil && *k.Troops < 0 || k.Amount != nil && *k.Amount < 0 {
			t.Fatalf("negative number passed: %+v", k)
		}
	})
}

func FuzzParseWindow(f *testing.F) {
	for _, s := range []string{"30d", "720h", "0d", "-1h", "99999999999d", "d"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := parseWindow(s)
		if err == nil && (d < 0 || d > maxWindow) {
			t.Fatalf("window %q = %v out of range", s, d)
		}
	})
}

func TestHighlightTable(t *testing.T) {
	tests := []struct {
		name string
		c    news.Commitment
		want []string // marked texts
	}{
		{"troops", news.Commitment{Actor: "GB", Kind: news.KindTroops, Troops: news.Int64(5000), Evidence: "The United Kingdom will send 5,000 troops."},
			[]string{"United Kingdom", "5,000"}},
		{"matching number preferred", news.Commitment{Actor: "US", Kind: news.KindMoney, Amount: news.Float64(2e9), Evidence: "In 2024 the U.S. pledged $2bn."},
			[]string{"U.S.", "$2bn"}},
		{"code word boundary", news.Commitment{Actor: "US", Kind: news.KindTroops, Evidence: "BUSINESS as usual, US troops"},
			[]string{"US"}},
		{"no match", news.Commitment{Actor: "XX", Kind: news.KindSupport, Evidence: "training"}, nil},
		{"extractor spans win", news.Commitment{Actor: "PL", Kind: news.KindTroops, Troops: news.Int64(2500),
			Evidence: "Warsaw: it will send 2,500 troops", Start: 100, End: 133, ActorSpan: &[2]int{108, 110}, ValueSpan: &[2]int{121, 133}},
			[]string{"it", "2,500 troops"}},
		{"spans outside the evidence ignored", news.Commitment{Actor: "GB", Kind: news.KindTroops, Troops: news.Int64(5000),
			Evidence: "The United Kingdom will send 5,000 troops.", Start: 10, End: 51, ActorSpan: &[2]int{0, 5}, ValueSpan: &[2]int{40, 60}},
			[]string{"United Kingdom", "5,000"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, s := range evidenceSegments(tc.c) {
				if s.Class != "" {
					got = append(got, s.Text)
				}
			}
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("marked %q, want %q", got, tc.want)
			}
		})
	}
}
