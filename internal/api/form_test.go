package api

import (
	"net/url"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

func TestFormCorrectionReadsNumbersAsWritten(t *testing.T) {
	cur := news.Commitment{Actor: "GB", Kind: news.KindMoney, Amount: news.Float64(576e6), Currency: "GBP", Status: news.StatusPledged}
	tests := []struct {
		form     url.Values
		amount   float64 // 0: no amount in the correction
		currency string  // "": no currency in the correction
		troops   int64
		err      string // field named in the error
	}{
		{form: url.Values{"amount": {"576 million"}}},
		{form: url.Values{"amount": {"576,000,000"}}},
		{form: url.Values{"amount": {"1.2 billion"}}, amount: 1.2e9},
		{form: url.Values{"amount": {"€1.2bn"}, "currency": {"GBP"}}, amount: 1.2e9, currency: "EUR"},
		{form: url.Values{"amount": {"£1.2bn"}, "currency": {"GBP"}}, amount: 1.2e9},
		{form: url.Values{"amount": {"1.2bn EUR"}, "currency": {"EUR"}}, amount: 1.2e9, currency: "EUR"},
		{form: url.Values{"amount": {"€1.2bn"}, "currency": {"USD"}}, err: "amount"},
		{form: url.Values{"amount": {"2,500"}}, amount: 2500},
		{form: url.Values{"troops": {"2,500"}}, troops: 2500},
		{form: url.Values{"troops": {"2.5k"}}, troops: 2500},
		{form: url.Values{"troops": {"2.5"}}, err: "troops"},
		{form: url.Values{"troops": {"€5"}}, err: "troops"},
		{form: url.Values{"amount": {"a lot"}}, err: "amount"},
		{form: url.Values{"amount": {"-5"}}, err: "amount"},
	}
	for _, tc := range tests {
		t.Run(tc.form.Encode(), func(t *testing.T) {
			k, err := FormCorrection(tc.form, cur)
			if tc.err != "" {
				pe, ok := err.(*ParamError)
				if !ok || pe.Param != tc.err || strings.Contains(pe.Msg, "api:") {
					t.Fatalf("error %v, want one naming %s", err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if (k.Amount == nil) != (tc.amount == 0) || (k.Amount != nil && *k.Amount != tc.amount) {
				t.Errorf("amount %v, want %v", k.Amount, tc.amount)
			}
			if (k.Currency == nil) != (tc.currency == "") || (k.Currency != nil && *k.Currency != tc.currency) {
				t.Errorf("currency %v, want %q", k.Currency, tc.currency)
			}
			if (k.Troops == nil) != (tc.troops == 0) || (k.Troops != nil && *k.Troops != tc.troops) {
				t.Errorf("troops %v, want %v", k.Troops, tc.troops)
			}
		})
	}
}

func TestSentenceContext(t *testing.T) {
	text := "Intro line\nThe summit opened on Monday. Germany will send 40 tanks. Officials said more could follow. Then nothing."
	ev := "Germany will send 40 tanks."
	i := strings.Index(text, ev)
	tests := []struct {
		start, end    int
		before, after string
	}{
		{i, i + len(ev), "The summit opened on Monday.", "Officials said more could follow."},
		{0, len("Intro line"), "", "The summit opened on Monday."},
		{strings.Index(text, "Then"), len(text), "Officials said more could follow.", ""},
		{-1, 5, "", ""},
		{5, len(text) + 1, "", ""},
	}
	for _, tc := range tests {
		b, a := sentenceContext(text, tc.start, tc.end)
		if b != tc.before || a != tc.after {
			t.Errorf("context(%d,%d) = %q, %q; want %q, %q", tc.start, tc.end, b, a, tc.before, tc.after)
		}
	}
	long := strings.Repeat("word ", 200) + "end. Evidence here."
	b, _ := sentenceContext(long, strings.Index(long, "Evidence"), len(long))
	if len(b) > maxContextLen+len("…") || !strings.HasPrefix(b, "…") || !strings.HasSuffix(b, "end.") {
		t.Errorf("long context %q", b)
	}
}

func TestSiblings(t *testing.T) {
	cs := []news.Commitment{
		{ID: "a", Start: 0, End: 50}, {ID: "b", Start: 10, End: 40}, {ID: "c", Start: 50, End: 90}, {ID: "d", Start: 0, End: 50},
	}
	got := siblings(cs, cs[0])
	if len(got) != 2 || got[0].ID != "b" || got[1].ID != "d" {
		t.Errorf("siblings = %+v, want b and d", got)
	}
}

// FuzzSentenceContext checks that any article text and offsets give
// context without panics, within the length bound, and valid UTF-8 when
// the text is.
func FuzzSentenceContext(f *testing.F) {
	f.Add("One. Two three. Four!", 5, 15)
	f.Add("é\nà. b", 1, 3)
	f.Add("", 0, 0)
	f.Fuzz(func(t *testing.T, text string, start, end int) {
		b, a := sentenceContext(text, start, end)
		if len(b) > maxContextLen+len("…") || len(a) > maxContextLen+len("…") {
			t.Fatalf("context too long: %d, %d", len(b), len(a))
		}
		if utf8.ValidString(text) && (!utf8.ValidString(b) || !utf8.ValidString(a)) {
			t.Fatalf("invalid UTF-8 from valid text: %q %q", b, a)
		}
	})
}
