package extractor

import (
	"errors"
	"os"
	"slices"
	"testing"
)

func TestUserLexicon(t *testing.T) {
	data, err := os.ReadFile("testdata/user-lexicon.example.yaml")
	if err != nil {
		t.Fatal(err)
	}
	user, err := New(Options{UserLexicon: data})
	if err != nil {
		t.Fatal(err)
	}
	plain := newTestExtractor(t)
	tests := []struct {
		name       string
		text       string
		withUser   []string
		withoutAny []string
	}{
		{"new alias", "Ukraina pledged 100 drones to Moldova.",
			[]string{"UA equipment 100 × drones pledged"}, nil},
		{"new leader", "Badenoch pledged £20m to the fund.",
			[]string{"GB money 20 million GBP pledged"}, nil},
		{"new trigger and equipment", "Germany bankrolled two Skynex systems.",
			[]string{"DE equipment 2 × Skynex systems pledged"}, nil},
		{"new currency word", "Ukraina pledged 500 million hrn.",
			[]string{"UA money 500 million UAH pledged"}, nil},
		{"new hedge", "Germany is pondering sending 40 tanks.",
			[]string{"DE equipment 40 × tanks considering"}, []string{"DE equipment 40 × tanks pledged"}},
		{"new group is not a country", "The Weimar Triangle pledged €1bn.",
			[]string{"group:Weimar Triangle money 1 billion EUR pledged"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, run := range []struct {
				e    *Extractor
				want []string
			}{{user, tt.withUser}, {plain, tt.withoutAny}} {
				var got []string
				cs := run.e.Extract(tt.text)
				checkInvariants(t, tt.text, cs)
				for _, c := range cs {
					got = append(got, summary(c))
				}
				if !slices.Equal(got, run.want) {
					t.Errorf("Extract(%q) user=%v\n got  %q\n want %q", tt.text, run.e == user, got, run.want)
				}
			}
		})
	}
}

func TestUserLexiconErrors(t *testing.T) {
	tests := []struct {
		name string
		in   string
	}{
		{"not yaml", "actors: [\n"},
		{"bad actor code", "actors:\n  - code: Germany\n    names: [Deutschland]\n"},
		{"bad currency code", "currencies:\n  - code: euro\n"},
		{"bad scale", "words:\n  scale:\n    lakh: many\n"},
		{"word class of the wrong shape", "words:\n  trigger: 3\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := New(Options{UserLexicon: []byte(tt.in)})
			if !errors.Is(err, ErrLexicon) {
				t.Fatalf("err = %v, want ErrLexicon", err)
			}
		})
	}
}

func TestParseNumeral(t *testing.T) {
	tests := []struct {
		in           string
		dotThousands bool
		want         float64
		ok           bool
	}{
		{"5000", true, 5000, true},
		{"5,000", true, 5000, true},
		{"1,000,000", true, 1e6, true},
		{"5.000", true, 5000, true},
		{"5.000", false, 5, true},
		{"1.6", true, 1.6, true},
		{"1,5", true, 1.5, true},
		{"1.000.000", true, 1e6, true},
		{"1,234.5", true, 1234.5, true},
		{"1.234,5", true, 1234.5, true},
		{"0.500", true, 0.5, true},
		{"05,2025", true, 0, false},
		{"1,23,4", true, 0, false},
		{"1,63,887", true, 163887, true},
		{"12,34,567", true, 1234567, true},
		{"1,23,45", true, 0, false},
		{"", true, 0, false},
		{"1..2", true, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, ok := parseNumeral(tt.in, tt.dotThousands)
			if ok != tt.ok || ok && got != tt.want {
				t.Errorf("parseNumeral(%q, %v) = %v, %v; want %v, %v", tt.in, tt.dotThousands, got, ok, tt.want, tt.ok)
			}
		})
	}
}

func TestMoneyAndNumbers(t *testing.T) {
	e := newTestExtractor(t)
	tests := []struct {
		text  string
		value string // Mention.Value of the first money/number/troops mention
		qual  string
	}{
		{"£1.6bn", "1600000000 GBP", ""},
		{"EUR 500m", "500000000 EUR", ""},
		{"USD34.6 million", "34600000 USD", ""},
		{"500 million euros", "500000000 EUR", ""},
		{"$1 billion-plus", "1000000000 USD", "more than"},
		{"C$ 20 million", "20000000 CAD", ""},
		{"A$50m", "50000000 AUD", ""},
		{"HK$3bn", "3000000000 HKD", ""},
		{"₴2 billion", "2000000000 UAH", ""},
		{"¥10bn", "10000000000 JPY", ""},
		{"1.5 trillion yen", "1500000000000 JPY", ""},
		{"300 million Swedish kronor", "300000000 SEK", ""},
		{"10 million zloty", "10000000 PLN", ""},
		{"up to 10,000 troops", "10000", "up to"},
		{"between 5,000 and 10,000 soldiers", "10000", "between"}, // a range keeps its upper bound
		{"about two thousand troops", "2000", "about"},
		{"nineteen soldiers", "19", ""},
		{"twenty-five peacekeepers", "25", ""},
		{"5 000 troops", "5000", ""},
		{"more than 2bn euros", "2000000000 EUR", "more than"},
		{"a 300-strong contingent", "300", ""},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			ms := e.Mentions(tt.text)
			for _, m := range ms {
				switch m.Type {
				case MentionMoney, MentionNumber, MentionTroops:
					if m.Value != tt.value || m.Qualifier != tt.qual {
						t.Errorf("%q: %s %q qualifier %q; want %q %q", tt.text, m.Type, m.Value, m.Qualifier, tt.value, tt.qual)
					}
					return
				}
			}
			t.Errorf("%q: no number mention in %+v", tt.text, ms)
		})
	}
}
