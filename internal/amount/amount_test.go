package amount

import (
	"errors"
	"strings"
	"testing"
)

func TestParse(t *testing.T) {
	tests := []struct {
		in       string
		want     float64
		currency string
	}{
		{"2500", 2500, ""},
		{"2,500", 2500, ""},
		{"1,234,567.5", 1234567.5, ""},
		{"1e9", 1e9, ""},
		{"1E9", 1e9, ""},
		{"2.5e-1", 0.25, ""},
		{"1billion", 1e9, ""},
		{"1 billion", 1e9, ""},
		{"1.2 billion", 1.2e9, ""},
		{"1bn", 1e9, ""},
		{"1.2bn", 1.2e9, ""},
		{"300m", 3e8, ""},
		{"300 mn", 3e8, ""},
		{"40k", 4e4, ""},
		{"2 trillion", 2e12, ""},
		{"€1.2bn", 1.2e9, "EUR"},
		{"€ 1.2 billion", 1.2e9, "EUR"},
		{"$50 million", 5e7, "USD"},
		{"£2.3bn", 2.3e9, "GBP"},
		{"EUR 1.2bn", 1.2e9, "EUR"},
		{"1.2bn EUR", 1.2e9, "EUR"},
		{"1.2 billion euros", 1.2e9, "EUR"},
		{"300 million dollars", 3e8, "USD"},
		{"  576000000 ", 576e6, ""},
		{".5m", 5e5, ""},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			v, cur, err := Parse(tc.in)
			if err != nil || v != tc.want || cur != tc.currency {
				t.Errorf("Parse(%q) = %v %q %v, want %v %q", tc.in, v, cur, err, tc.want, tc.currency)
			}
		})
	}
}

func TestParseRefuses(t *testing.T) {
	for _, in := range []string{
		"", "lots", "1 gazillion", "-5", "1,5", "1,50,000", "12,34", "1.2.3", "1e", "1e400", "1 billion billion",
		"€1bn $", "$1bn EUR", "1bn of them", "NaN", "Inf", "0x10", "1 2", strings.Repeat("9", 80), "1e19",
	} {
		t.Run(in, func(t *testing.T) {
			v, _, err := Parse(in)
			if err == nil {
				t.Fatalf("Parse(%q) = %v, want an error", in, v)
			}
			if !errors.Is(err, ErrSyntax) || !strings.Contains(err.Error(), "1.2 billion") {
				t.Errorf("Parse(%q): error %q does not say what to write", in, err)
			}
		})
	}
}

func TestFormat(t *testing.T) {
	tests := []struct {
		in          float64
		read, exact string
	}{
		{576000000, "576 million", "576 million"},
		{97.39999999999999e6, "97.4 million", "97,399,999.99999999"},
		{1.2e9, "1.2 billion", "1.2 billion"},
		{1.25e9, "1.25 billion", "1.25 billion"},
		{2500, "2,500", "2,500"},
		{12.5, "12.5", "12.5"},
		{576123457, "576.12 million", "576,123,457"},
		{3e12, "3 trillion", "3 trillion"},
		{0, "0", "0"},
	}
	for _, tc := range tests {
		if got := Format(tc.in); got != tc.read {
			t.Errorf("Format(%v) = %q, want %q", tc.in, got, tc.read)
		}
		got := Exact(tc.in)
		if tc.exact != "" && got != tc.exact {
			t.Errorf("Exact(%v) = %q, want %q", tc.in, got, tc.exact)
		}
		if back, _, err := Parse(got); err != nil || back != tc.in {
			t.Errorf("Parse(Exact(%v)) = %v, %v", tc.in, back, err)
		}
	}
}

// FuzzParse checks that Parse never panics, that what it accepts is a
// finite non-negative number within Max, and that Exact of it reads back.
func FuzzParse(f *testing.F) {
	for _, s := range []string{"2,500", "1.2 billion", "€1.2bn", "1e9", "EUR 3m", "1bn euros", "-1", "1,5", "$", "1e-400"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, cur, err := Parse(s)
		if err != nil {
			if !errors.Is(err, ErrSyntax) {
				t.Fatalf("Parse(%q): error %v does not wrap ErrSyntax", s, err)
			}
			return
		}
		if v < 0 || v > Max || v != v {
			t.Fatalf("Parse(%q) = %v out of range", s, v)
		}
		if cur != "" && len(cur) != 3 {
			t.Fatalf("Parse(%q) currency %q", s, cur)
		}
		back, _, err := Parse(Exact(v))
		if err != nil || back != v {
			t.Fatalf("Exact(%v) = %q reads back as %v, %v", v, Exact(v), back, err)
		}
	})
}
